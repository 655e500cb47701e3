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
];
