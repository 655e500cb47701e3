import * as kz from '@kzprotest/data';
const what = process.argv[2];
if (what === 'events') {
  for (const e of kz.events) {
    console.log(`\n## ${e.id} [${e.date}] type=${e.type} partOf=${e.partOf ?? ''} causes=${e.causes.join(',')}`);
    console.log(`   title: ${e.title}`);
    console.log(`   summary: ${e.summary}`);
    if (e.dateNote) console.log(`   dateNote: ${e.dateNote}`);
    console.log(`   places: ${e.places.join(', ')} | actors: ${e.actors.map(a=>a.actor+':'+a.role).join(', ')} | themes: ${e.themes.join(', ')}`);
    console.log(`   dateClaims: ${e.dateClaims.join(', ')}`);
    console.log(`   claims: ${e.claims.join(', ')}`);
  }
}
if (what === 'claims') {
  for (const c of kz.claims) {
    const f = c.figure ? ` FIG ${c.figure.property}=${c.figure.value ?? c.figure.min+'-'+c.figure.max} q=${c.figure.qualifier} raw="${c.figure.raw}" unit=${c.figure.unit}` : '';
    console.log(`- ${c.id} [${c.source.split('-')[0]}/${c.region}/${c.kind}] by=${c.attributedTo.join('>')} about=${c.about.join(',')}${f}\n    "${c.quote.exact.replace(/\n/g,' ')}"${c.summary? '\n    summary: '+c.summary:''}`);
  }
}
if (what === 'sources') {
  for (const s of kz.sources) console.log(JSON.stringify({...s, regions: undefined}, null, 1));
}
if (what === 'actors') for (const a of kz.actors) console.log(`- ${a.id} (${a.kind}${a.organizationType? '/'+a.organizationType:''}) ${a.name} | spellings: ${a.spellings.map(s=>s.name+'['+s.sources.map(x=>x.split('-')[0]).join(',')+']').join('; ')} | roles: ${a.roles.map(r=>r.role+(r.organization?'@'+r.organization:'')+(r.date?' '+r.date:'')).join('; ')}`);
if (what === 'places') for (const a of kz.places) console.log(`- ${a.id} (${a.kind}) ${a.name} partOf=${a.partOf??''} | spellings: ${a.spellings.map(s=>s.name+'['+s.sources.map(x=>x.split('-')[0]).join(',')+']').join('; ')} | ${a.description??''}`);
if (what === 'themes') for (const t of kz.themes) console.log(`- ${t.id} ${t.name} broader=${t.broader??''}: ${t.description}`);
if (what === 'types') console.log(Object.keys(kz.eventTypes).join(' '));
