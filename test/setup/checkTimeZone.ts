// A misspelled zone silently runs as UTC; fail loudly instead. Both names go
// through Intl so aliases (Asia/Kolkata, Asia/Calcutta) compare equal.
const wanted = process.env.TZ;
if (wanted) {
  const canonical = new Intl.DateTimeFormat("en", { timeZone: wanted }).resolvedOptions().timeZone;
  const actual = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (canonical !== actual) throw new Error(`TZ is ${wanted} but the process runs in ${actual}`);
}
