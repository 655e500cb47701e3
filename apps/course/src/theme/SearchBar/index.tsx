/**
 * The search plugin's bar, kept from taking the keyboard focus back. Once its index has
 * loaded, the plugin focuses its input if the input was ever focused, so a keyboard user who
 * tabs past the search box (which starts the load) was pulled back to it a moment later from
 * wherever they had gone, e.g. the middle of the timeline's filters (WCAG 2.4.3, focus order).
 */
import React, { useEffect, useRef, type ComponentProps, type ReactNode } from 'react';
import SearchBar from '@theme-original/SearchBar';
import { refuseLateFocus } from './refuseLateFocus';

export default function SearchBarThatKeepsFocusWhereItIs(props: ComponentProps<typeof SearchBar>): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const input = box.current?.querySelector('input');
    return input ? refuseLateFocus(input) : undefined;
  }, []);
  // display: contents, so the navbar lays out the plugin's bar as if this box were not there
  return (
    <div ref={box} style={{ display: 'contents' }}>
      <SearchBar {...props} />
    </div>
  );
}
