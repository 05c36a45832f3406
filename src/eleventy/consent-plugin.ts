// Gives templates the consent cookie's facts as `consentCookie`, from the module the browser code
// writes the cookie with, so the cookie page (/kakor/) says what the cookie does.
import type UserConfig from "@11ty/eleventy/UserConfig";
import { consentCookieName, consentMaxAge } from "../shared/consent-cookie.ts";

/** A month as the cookie page counts it: a twelfth of a 365-day year, in seconds. */
const secondsPerMonth = (365 * 24 * 60 * 60) / 12;

/** A Max-Age in whole months, as the cookie page states lifetimes ("12 månader"). */
export function lifetimeInMonths(maxAgeSeconds: number): number {
  return Math.round(maxAgeSeconds / secondsPerMonth);
}

export function consentPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("consentCookie", {
    name: consentCookieName,
    lifetimeMonths: lifetimeInMonths(consentMaxAge),
  });
}
