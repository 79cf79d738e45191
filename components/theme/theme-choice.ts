/**
 * The reader's theme choice, kept in a cookie so that the server renders <html data-theme> with
 * the first byte: no script runs before paint, so there is no flash and nothing for a strict
 * Content-Security-Policy to allow. No cookie (or "system") means: follow the system, which the
 * stylesheet does through color-scheme.
 */
export const THEME_COOKIE = "theme";
export const THEME_CHOICES = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** A year: the choice is remembered until the reader changes it. */
export const THEME_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export function parseThemeChoice(raw: string | undefined | null): ThemeChoice {
  return raw === "light" || raw === "dark" ? raw : "system";
}

/** The value of <html data-theme>: absent when the system decides. */
export function themeAttribute(choice: ThemeChoice): "light" | "dark" | undefined {
  return choice === "system" ? undefined : choice;
}

export function themeCookie(choice: ThemeChoice): string {
  return choice === "system"
    ? `${THEME_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`
    : `${THEME_COOKIE}=${choice}; Path=/; Max-Age=${THEME_COOKIE_MAX_AGE}; SameSite=Lax`;
}
