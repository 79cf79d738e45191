"use client";

import NextLink from "next/link";
import { useState, type ComponentProps } from "react";

type Props = ComponentProps<typeof NextLink>;

/**
 * The app's link. It prefetches the page it leads to when the reader shows the intent to follow
 * it (the pointer over it, keyboard focus, a touch), never because it scrolled into view: a page
 * of links prefetched at once is a burst of server renders that the first click has to wait
 * behind, on the server's CPU and in the browser's six connections (docs/decisions/0017).
 * `prefetch={false}` still means never.
 */
export default function Link({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: Props) {
  const [intent, setIntent] = useState(false);
  const wanted = prefetch !== false && intent;
  return (
    <NextLink
      {...props}
      prefetch={wanted ? (prefetch ?? null) : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
