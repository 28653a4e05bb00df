"""Bytes per stored row, for docs/scaling.md: applies drizzle/*.sql to a fresh SQLite file (the
engine under D1), inserts N articles shaped like news (5,000-character body, 15 claims of about
150 characters, one creation event each, a fifth of claims with a status change), then idempotency
rows (one stored response per submission) and webhook delivery rows, and prints how much the file
grew per row of each kind. Run: python3 bench/storage.py [articles]"""
import glob, json, os, random, sqlite3, sys, tempfile

random.seed(7)
N = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
root = os.path.join(os.path.dirname(__file__), "..")
path = os.path.join(tempfile.mkdtemp(), "size.sqlite")
db = sqlite3.connect(path)
for f in sorted(glob.glob(os.path.join(root, "drizzle", "*.sql"))):
    for stmt in open(f).read().split("--> statement-breakpoint"):
        if stmt.strip():
            db.executescript(stmt)
db.commit()
WORDS = open(os.path.join(root, "README.md")).read().split()
text = lambda n: " ".join(random.choice(WORDS) for _ in range(n))[: n * 7]
size = lambda: os.path.getsize(path)

def grow(label, fill, rows):
    db.execute("VACUUM"); before = size()
    fill(); db.commit(); db.execute("VACUUM"); after = size()
    print(f"{label:<40} {rows:>7} rows  {(after - before) / rows:>8.0f} bytes/row")

def articles():
    for a in range(N):
        aid = f"art_{a:026d}"
        db.execute("INSERT INTO articles (id, url, canonical_url, title, body, outlet, submitted_by) VALUES (?,?,?,?,?,?,?)",
                   (aid, f"https://news.example.com/{a}", f"https://news.example.com/{a}", text(12), text(800)[:5000], "Example News", "key_x"))
grow("articles (5,000-char body)", articles, N)

def claims():
    for a in range(N):
        for k in range(15):
            cid = f"clm_{a:020d}{k:06d}"
            db.execute("INSERT INTO claims (id, article_id, text, quote, claimant_name, claimant_description, verb, span_start, span_end, checkworthiness, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                       (cid, f"art_{a:026d}", text(24)[:150], text(16)[:100] if k % 2 else None, "Saad al-Allaq", "spy chief", "said", k * 300, k * 300 + 150, 0.6, "extracted"))
grow("claims (with FTS and indexes)", claims, N * 15)

def events():
    db.execute("INSERT INTO claim_events (id, claim_id, from_status, to_status, evidence, actor, version, created_at) SELECT 'evt_' || substr(id, 5), id, NULL, status, '[]', 'key_x', 1, created_at FROM claims")
grow("claim_events (creation)", events, N * 15)

body = json.dumps({"claims": [{"text": text(24), "quote": text(16)} for _ in range(15)], "body": text(800)[:5000]})
def idem():
    for i in range(N):
        db.execute("INSERT INTO idempotency_keys (actor, key, fingerprint, status, headers, body) VALUES (?,?,?,?,?,?)",
                   ("key_x", f"k{i}", "f" * 64, 201, '{"content-type":"application/json"}', body))
grow("idempotency_keys (a submission's answer)", idem, N)

db.execute("INSERT INTO webhooks (id, url, events, secret, created_by) VALUES ('whk_1','https://h.example.org','[]','whsec_x','x')")
db.commit()
def deliveries():
    for i in range(N * 5):
        db.execute("INSERT INTO webhook_deliveries (id, webhook_id, event_id, event_type, attempt, outcome, response_status, duration_ms) VALUES (?,?,?,?,?,?,?,?)",
                   (f"dlv_{i:026d}", "whk_1", f"evt_{i:026d}", "claim.status_changed", 1, "succeeded", 200, 120))
grow("webhook_deliveries", deliveries, N * 5)
