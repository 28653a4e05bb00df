/** A news page of our own, with the boilerplate real pages carry around the story. */
export const NEWS_PAGE = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Port strike ends after 9 days | Harbour Times</title>
  <meta property="og:title" content="Port strike ends after nine days of talks">
  <meta property="og:site_name" content="Harbour Times">
  <meta name="author" content="Mara Lindqvist">
  <meta property="article:published_time" content="2026-10-02T07:15:00+01:00">
  <style>.x{color:red}</style>
  <script>window.tracker = "do not keep";</script>
</head>
<body>
  <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <div class="cookie-banner">We use cookies. Accept?</div>
  <main>
    <article>
      <h1>Port strike ends after nine days of talks</h1>
      <div class="byline">By Mara Lindqvist, Harbour Times</div>
      <figure><img src="dock.jpg" alt=""><figcaption>Cranes stand idle at the north terminal. Credit: Port Authority</figcaption></figure>
      <p>ROTTERDAM &mdash; Dockworkers voted on Sunday to end a strike that had halted &ldquo;almost all&rdquo; container traffic, the union said.</p>
      <p>Union leader Pieter de Vries said the deal raised wages by 6.5 per cent over two years &amp; added two rest days.</p>
      <aside class="related"><h3>Read more</h3><ul><li><a href="/a">Earlier: strike begins</a></li></ul></aside>
      <p>The port authority estimated that the stoppage cost &euro;40 million a day.</p>
      <div class="share-buttons"><button>Share</button> Share on X</div>
    </article>
  </main>
  <footer class="site-footer">&copy; 2026 Harbour Times. All rights reserved.</footer>
</body>
</html>`;
