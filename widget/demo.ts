/** demo.js: the demo page's buttons; each uses only what a partner page would (window.Lykt). */
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** A partner card whose HTML tries script, an event handler and a javascript: link. */
const DEMO_PARTNER_CARD = {
  id: 'partner-helpline',
  title: 'Our local helpline',
  summary: 'Partners can add their own card. Its HTML is untrusted and is sanitized.',
  html:
    '<p>Call us on <strong>22 00 00 00</strong>.</p>' +
    '<script>document.title = "pwned"</script>' +
    '<p><img src="x" onerror="document.title = \'pwned\'">An image with an onerror handler was here.</p>' +
    '<p><a href="javascript:document.title=\'pwned\'" onclick="document.title=\'pwned\'">A javascript: link</a></p>',
  actions: '<ul><li>Save the number.</li><li>Tell someone you trust.</li></ul>',
  sources: [
    { name: 'Partner organisation', publisher: 'Example NGO', url: 'https://example.org/' },
    { name: 'Bad link', publisher: 'Nobody', url: 'javascript:alert(1)' },
  ],
};

function start(): void {
  const Lykt = window.Lykt;
  if (!Lykt) return;

  $('toggle-lang').addEventListener('click', () => {
    const card = $('ce-card');
    card.setAttribute('lang', card.getAttribute('lang') === 'nb' ? 'en' : 'nb');
  });

  let added = 0;
  $('add-card').addEventListener('click', () => {
    const el = document.createElement('div');
    el.dataset.lyktCard = Lykt.cardIds[added++ % Lykt.cardIds.length];
    el.dataset.lang = 'en';
    el.dataset.headingLevel = '4';
    $('added').append(el);
  });

  $('cards-for-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $<HTMLTextAreaElement>('ad-text').value;
    void Lykt.cardsFor(text, { lang: 'en' }).then((cards) => {
      $('cards-for-result').textContent = JSON.stringify(cards.map((c) => c.id));
    });
  });

  $('mount').addEventListener('click', () =>
    Lykt.mount($('api-card'), { card: 'get-help', lang: 'en' }),
  );
  $('unmount').addEventListener('click', () => Lykt.unmount($('api-card')));
  Lykt.mount($('api-card'), { card: 'get-help', lang: 'en', headingLevel: 4 });
  Lykt.mount($('partner-card'), { partnerCard: DEMO_PARTNER_CARD, lang: 'en', headingLevel: 4 });
}

start();
