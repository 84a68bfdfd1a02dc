// The zone the page runs in, to show the harness sets it.
export default function timeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
