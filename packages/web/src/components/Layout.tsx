// The staff pages' frame: the staff header with its menu around every page.
import { Header } from './Header';
import { PageFrame } from './PageFrame';

export function Layout() {
  return <PageFrame header={<Header />} />;
}
