/** A preformatted block as a plain element, for the reason given in ./Code.tsx. */
import React, { type ComponentProps, type ReactNode } from 'react';

export default function MDXPre(props: ComponentProps<'pre'>): ReactNode {
  return <pre {...props} />;
}
