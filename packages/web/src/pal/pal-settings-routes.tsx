// The provider's PAL statement text: the page to see what is in use and import the text of their licensed copy.
import { Route } from 'react-router-dom';
import { organisationBehaviourSupportPaths } from '../behaviour-support/paths';
import { PalStatementsPage } from './PalStatementsPage';

export const palSettingsRoutes = <Route path={organisationBehaviourSupportPaths.palStatements} element={<PalStatementsPage />} />;
