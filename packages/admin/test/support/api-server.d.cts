export interface ApiServer {
  url: string;
  adminEmail: string;
  adminPassword: string;
  pid: number;
  stop(): Promise<void>;
  log(): string;
}
export function startApi(): Promise<ApiServer>;
export function graphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  cookie?: string,
): Promise<{ body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }; setCookie: string | null }>;
export function sessionCookie(url: string, email: string, password: string): Promise<string>;
