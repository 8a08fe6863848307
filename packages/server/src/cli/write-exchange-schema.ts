// Writes docs/exchange/plan.schema.json from the exchange format's Zod schema (npm run docs:schema).
import fs from 'node:fs';
import path from 'node:path';
import { planExchangeJsonSchema } from '@hearth/core';

const file = path.resolve(import.meta.dirname, '../../../../docs/exchange/plan.schema.json');
fs.writeFileSync(file, JSON.stringify(planExchangeJsonSchema(), null, 2) + '\n');
process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
