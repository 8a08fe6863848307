// The home page is the people register.
import { Navigate } from 'react-router-dom';

export function HomeRedirect() {
  return <Navigate to="/people" replace />;
}
