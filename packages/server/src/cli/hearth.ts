// `npm run hearth -- COMMAND`: operator commands.
import { currentTotp } from '../auth/totp.js';
import { demoStaff } from '../seed/demo-data.js';

const [command, ...args] = process.argv.slice(2);

switch (command) {
  case 'demo-code': {
    // Only the demo accounts' fixed keys are known here; a real account's key never leaves the database.
    const staff = demoStaff.find((s) => s.email === args[0]);
    if (!staff?.totpSecret) {
      process.stderr.write(`Usage: npm run hearth -- demo-code EMAIL, where EMAIL is one of: ${demoStaff.filter((s) => s.totpSecret).map((s) => s.email).join(', ')}\n`);
      process.exit(2);
    }
    process.stdout.write(`${currentTotp(staff.totpSecret, Date.now())}\n`);
    break;
  }
  case undefined:
  default:
    process.stderr.write('Commands:\n  demo-code EMAIL   the current 6-digit code of a demo account\n');
    process.exit(command === undefined || command === 'help' ? 0 : 2);
}
