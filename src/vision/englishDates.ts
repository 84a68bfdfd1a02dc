// English month names for readable deadlines ("June 30, 2027"). Private data.

/** January … December, index 0 = January. */
export const MONTH_NAMES: readonly string[] = Object.freeze([
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]);
