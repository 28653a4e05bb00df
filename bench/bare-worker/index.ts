/**
 * The bare Worker `npm run bench` measures beside Claimtrail: no router, no database, no cache,
 * the same static JSON for every method and path. It reads a request body when there is one, so
 * POST benchmarks pay for receiving their payload here too. Whatever Claimtrail does on top of
 * this is what its ratio to the bare Worker measures.
 */
const BODY = JSON.stringify({
  id: "clm_bench",
  text: "static JSON from the bare Worker",
  status: "unverified",
  status_label: "Unverified",
});

export default {
  async fetch(request: Request): Promise<Response> {
    if (request.body) await request.arrayBuffer();
    return new Response(BODY, {
      headers: { "Content-Type": "application/json; charset=utf-8" },
    });
  },
};
