/**
 * Code as a plain element. The course quotes sources and shows no code, and the theme's code
 * block would bring the Prism highlighter and its languages to every lesson page (BENCHMARKS.md has the size).
 */
import React, { type ComponentProps, type ReactNode } from 'react';

export default function MDXCode(props: ComponentProps<'code'>): ReactNode {
  return <code {...props} />;
}
