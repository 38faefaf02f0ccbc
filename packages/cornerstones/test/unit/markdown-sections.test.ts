import { describe, expect, it } from '../../../../test/unit/harness.js';
import fc from 'fast-check';
import { dedent, splitMarkdownSections, uniqueSlug } from '../../src/model/markdown-sections.js';

describe('splitMarkdownSections', () => {
  it('starts a section at each ## heading; the first paragraph is the summary', () => {
    const sections = splitMarkdownSections(
      [
        'Intro text is ignored.',
        '',
        '## Stay calm',
        'Respond later,',
        'not now.',
        '',
        'More about it.',
        '',
        '- a list',
        '## Ask for help ##',
        '',
        'Tell someone.',
      ].join('\n'),
    );
    expect(sections).to.deep.equal([
      {
        id: 'stay-calm',
        title: 'Stay calm',
        summary: 'Respond later, not now.',
        body: 'More about it.\n\n- a list',
      },
      { id: 'ask-for-help', title: 'Ask for help', summary: 'Tell someone.', body: '' },
    ]);
  });

  it('has no summary when the section starts with a list or quote', () => {
    const [s] = splitMarkdownSections('## Examples\n- one\n- two');
    expect(s.summary).to.equal('');
    expect(s.body).to.equal('- one\n- two');
  });

  it('takes paragraphs that start with emphasis, a number or a hash tag as the summary', () => {
    const md =
      '## A\n**Bold** start.\n## B\n1.5 hours is enough.\n## C\n#hashtag is fine\n## D\n- a list\n## E\n***\nafter a rule';
    expect(splitMarkdownSections(md).map((s) => s.summary)).to.deep.equal([
      '**Bold** start.',
      '1.5 hours is enough.',
      '#hashtag is fine',
      '',
      '',
    ]);
  });

  it('makes ids from the words of a heading, not its link targets or emphasis', () => {
    expect(
      splitMarkdownSections('## See [our help](https://x.org/help) *now*').map((s) => s.id),
    ).to.deep.equal(['see-our-help-now']);
  });

  it('ignores # and ### headings and ## inside code fences', () => {
    const md = '# Title\n## One\nSummary\n```\n## not a heading\n```\n### Sub\ntext';
    const sections = splitMarkdownSections(md);
    expect(sections.map((s) => s.title)).to.deep.equal(['One']);
    expect(sections[0].body).to.contain('## not a heading');
  });

  it('handles Windows line endings and empty headings', () => {
    expect(splitMarkdownSections('## A\r\nsum\r\n##   \r\n## B').map((s) => s.title)).to.deep.equal([
      'A',
      'B',
    ]);
  });

  it('returns nothing for Markdown without ## headings', () => {
    expect(splitMarkdownSections('Just a paragraph.\n\n# Big\n### small')).to.deep.equal([]);
  });

  it('never throws, and ids are unique and URL-safe, for any input', () => {
    const line = fc.oneof(
      fc.string(),
      fc.string().map((s) => `## ${s}`),
      fc.constant('```'),
      fc.constant(''),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const sections = splitMarkdownSections(lines.join('\n'));
        const ids = sections.map((s) => s.id);
        expect(new Set(ids).size).to.equal(ids.length);
        for (const id of ids) expect(id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });
});

describe('uniqueSlug', () => {
  it('makes readable ids and numbers repeats', () => {
    const used = new Set<string>();
    expect(uniqueSlug('Réparation & repair!', used)).to.equal('reparation-repair');
    expect(uniqueSlug('Reparation repair', used)).to.equal('reparation-repair-2');
    expect(uniqueSlug('***', used)).to.equal('section');
  });
});

describe('dedent', () => {
  it('removes the indentation editors add inside HTML', () => {
    expect(dedent('\n    ## A\n      indented more\n\n    text\n  ')).to.equal(
      '\n## A\n  indented more\n\ntext\n',
    );
  });
});
