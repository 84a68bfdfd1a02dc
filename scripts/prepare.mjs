// npm runs `prepare` after `npm ci` / `npm install` in a clone, so dist/ exists
// and `npx careerplan --help` finds the command (and installing from a git URL
// gets a built package). npm also runs it right after `prepack` on `npm pack`
// and `npm publish`, which has just built: skip that second build.
import { execSync } from "node:child_process";

if (!["pack", "publish"].includes(process.env.npm_command ?? "")) execSync("npm run build", { stdio: "inherit" });
