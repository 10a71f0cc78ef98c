import fs from 'node:fs';

/** The Chromium to drive in the browser journeys: CHROMIUM_PATH, else Debian's package. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}
