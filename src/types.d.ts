/** Browser scripts bundled as text (wrangler.toml [[rules]] type "Text"). */
declare module "*.client.js" {
  const source: string;
  export default source;
}
