/**
 * The course's modules in order, for the home page. Add a module here when you add its
 * folder under docs/; a wrong path fails the build (onBrokenLinks: 'throw').
 */
export const modules: { title: string; path: string; about: string }[] = [
  {
    title: 'Orientation',
    path: '/course/orientation',
    about: 'How to read a source, class agreements for distressing material, and a glossary.',
  },
  {
    title: 'Oil, labour and the 2011 strike',
    path: '/course/oil-labour-2011-strike',
    about: 'The oil workers’ strike in Zhanaozen and how it ended, from the sources.',
  },
  {
    title: '16 December 2011 and counting the dead',
    path: '/course/counting-the-dead',
    about: 'The shooting in Zhanaozen, the killing in Shetpe the next day, every death toll with who gives it, and how the day was remembered.',
  },
  {
    title: 'Cutting off information',
    path: '/course/cutting-off-information',
    about: 'The news blackout, the cut Internet and telephones, the Twitter block, the state of emergency and the control of journalists.',
  },
  {
    title: 'Prosecutions, “extremism” and the end of independent media',
    path: '/course/prosecutions-and-media',
    about: 'Who was arrested and on what charges, the Kozlov trial and the sentences, and the opposition media closed on “extremism” charges a year after the shooting.',
  },
  {
    title: 'Did the state learn?',
    path: '/course/did-the-state-learn',
    about: 'Concessions after Zhanaozen, a later strike and its negotiation, pre-emptive policing, and the rules on parties and gatherings years later.',
  },
  {
    title: 'January 2022 and its lessons',
    path: '/course/january-2022',
    about: 'The country-wide protests, the official account and the analysis’s author side by side, detention and torture, and the author’s lessons for foreign governments and donors.',
  },
  {
    title: 'Working with sources',
    path: '/course/working-with-sources',
    about: 'Perspective and voice, the errors inside the sources and how they are recorded, and every spelling of the names.',
  },
];
