"use client";

import { useEffect } from "react";

/**
 * Brings the claim named in the address (`#claim-N`) into view and outlines its quote. A browser
 * does this itself on a full page load, but not after a client-side navigation, where the article
 * streams in after the router has already scrolled and `:target` never changes.
 */
export function ClaimFocus() {
  useEffect(() => {
    const focusClaim = () => {
      for (const mark of document.querySelectorAll(".article-reader mark[data-current]")) mark.removeAttribute("data-current");
      const id = /^#claim-(\d+)$/.exec(window.location.hash)?.[1];
      if (!id) return;
      document.getElementById(`claim-${id}`)?.scrollIntoView({ block: "start" });
      for (const mark of document.querySelectorAll(`.article-reader mark[data-claims~="${id}"]`)) mark.setAttribute("data-current", "true");
    };
    focusClaim();
    window.addEventListener("hashchange", focusClaim);
    return () => window.removeEventListener("hashchange", focusClaim);
  }, []);
  return null;
}
