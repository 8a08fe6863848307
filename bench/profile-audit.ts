// Profiling aid for the plan audit: times the whole audit over generated plans, then every rule alone. A rule run
// alone is outside an audit's scope, so it pays for scanning the texts it reads itself: the per-rule figures show
// where the text work is asked for, and add up to more than the whole audit. For a CPU profile:
// node --import tsx --cpu-prof bench/profile-audit.ts 1000
// Run: npx tsx bench/profile-audit.ts [plans]
import { auditPlan, defaultAuditConfig } from '@hearth/core';
import { auditRules } from '../packages/core/src/plan-audit/rules/index.js';
import { buildAuditInputs } from './audit-plans.js';

const count = Number(process.argv[2] ?? 500);
const inputs = buildAuditInputs(count, () => undefined);
for (const input of inputs.slice(0, 100)) auditPlan(input, defaultAuditConfig);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const input of inputs) auditPlan(input, defaultAuditConfig);
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
console.log(
  `whole audit: ${(wall / count).toFixed(3)} ms/plan wall, ${((cpu.user + cpu.system) / 1000 / count).toFixed(3)} ms/plan cpu`,
);
const perRule = auditRules.map((rule) => {
  const t = performance.now();
  for (const input of inputs) if (rule.appliesTo(input, defaultAuditConfig)) rule.check(input, defaultAuditConfig);
  return { id: rule.id, ms: (performance.now() - t) / count };
});
perRule.sort((a, b) => b.ms - a.ms);
console.log(
  perRule
    .slice(0, 20)
    .map((r) => `${r.id} ${r.ms.toFixed(3)}`)
    .join('\n'),
);
console.log(`sum of rules: ${perRule.reduce((s, r) => s + r.ms, 0).toFixed(3)} ms/plan`);
