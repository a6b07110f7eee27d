#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx verbatim …` works from the repo without a build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../scripts/cli.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
