import { describe, expect, test } from 'vitest';
import {
  flowchartTree,
  legibleWidth,
  mindmapOutline,
  narrowSources,
  phoneOutline,
  pickNarrowest,
  svgSize,
  switchCss,
  switchStep,
} from '../../src/integrations/diagrams/narrow.ts';

describe('a diagram read as a list on a phone', () => {
  test('a mind map keeps its nesting, with the shapes of its nodes stripped', () => {
    const source = `mindmap
  root((CRM strategy))
    Components
      Enterprise business system
        Customer database
      Web system
    id1[Time-to-market]
      Concurrent tasks`;
    expect(mindmapOutline(source)).toEqual([
      {
        label: 'CRM strategy',
        children: [
          {
            label: 'Components',
            children: [
              {
                label: 'Enterprise business system',
                children: [{ label: 'Customer database', children: [] }],
              },
              { label: 'Web system', children: [] },
            ],
          },
          { label: 'Time-to-market', children: [{ label: 'Concurrent tasks', children: [] }] },
        ],
      },
    ]);
  });

  test('a flowchart that is a tree becomes one, in the order it was written', () => {
    const source = `flowchart TB
  VP["Customer value proposition"] --> OE["Operational<br>excellence"]
  VP --> CI[Customer intimacy]
  OE --> E1["Dell, Toyota"]`;
    expect(flowchartTree(source)).toEqual([
      {
        label: 'Customer value proposition',
        children: [
          { label: 'Operational excellence', children: [{ label: 'Dell, Toyota', children: [] }] },
          { label: 'Customer intimacy', children: [] },
        ],
      },
    ]);
  });

  test('a flowchart with a cycle, a subgraph, a labelled or invisible link, or two parents is no tree', () => {
    expect(flowchartTree('flowchart LR\n  A --> B --> C --> A')).toBeUndefined();
    expect(flowchartTree('flowchart LR\n  subgraph G\n    A --> B\n  end')).toBeUndefined();
    expect(flowchartTree('flowchart LR\n  A -->|directs| B')).toBeUndefined();
    expect(flowchartTree('flowchart LR\n  A ~~~ B')).toBeUndefined();
    expect(flowchartTree('flowchart LR\n  A --> C\n  B --> C')).toBeUndefined();
  });

  test('only a mind map, or a tree of three levels with three nodes side by side, becomes a list', () => {
    const wideTree = 'flowchart TB\n  R --> A\n  R --> B\n  R --> C\n  A --> A1';
    expect(phoneOutline(wideTree)).toBeDefined();
    // A chain is drawn top to bottom instead; a shallow tree too.
    expect(phoneOutline('flowchart LR\n  S --> P --> C --> L --> A')).toBeUndefined();
    expect(phoneOutline('flowchart TB\n  R --> A\n  R --> B\n  R --> C')).toBeUndefined();
    expect(phoneOutline('mindmap\n  root\n    a')).toEqual([
      { label: 'root', children: [{ label: 'a', children: [] }] },
    ]);
    expect(phoneOutline('block-beta\n  columns 1\n  A')).toBeUndefined();
  });
});

describe('a diagram drawn again for a phone', () => {
  test('a flowchart is drawn in every combination of chart and subgraph direction', () => {
    const source = 'flowchart LR\n  subgraph G\n    direction LR\n    A --> B\n  end\n  G --> C';
    expect(narrowSources(source)).toEqual([
      'flowchart TB\n  subgraph G\n    direction TB\n    A --> B\n  end\n  G --> C',
      'flowchart TB\n  subgraph G\n    direction LR\n    A --> B\n  end\n  G --> C',
      'flowchart LR\n  subgraph G\n    direction TB\n    A --> B\n  end\n  G --> C',
      source,
    ]);
    // Without subgraphs, two directions are all there is.
    expect(narrowSources('flowchart LR\n  A --> B')).toEqual([
      'flowchart TB\n  A --> B',
      'flowchart LR\n  A --> B',
    ]);
  });

  test('a block diagram breaks its labels at spaces; other types have no narrow drawing', () => {
    expect(narrowSources('block-beta\n  columns 3\n  T["Top customers"]:3')).toEqual([
      'block-beta\n  columns 3\n  T["Top<br>customers"]:3',
    ]);
    expect(narrowSources('pie\n  "a": 1')).toEqual([]);
  });

  test('of the drawings, the lowest that fits the phone column wins; else the narrowest', () => {
    const drawings = [
      { id: 'wide', width: 500, height: 100 },
      { id: 'tall', width: 200, height: 900 },
      { id: 'fits', width: 330, height: 400 },
    ];
    expect(pickNarrowest(drawings).id).toBe('fits');
    expect(pickNarrowest([drawings[0]!, { id: 'less wide', width: 420, height: 300 }]).id).toBe('less wide');
  });

  test("a drawing's size is its viewBox", () => {
    expect(svgSize('<svg width="12" viewBox="4 4 410.66 522">')).toEqual({ width: 410.66, height: 522 });
    expect(() => svgSize('<svg width="12">')).toThrow('The SVG has no viewBox.');
  });
});

describe('where a figure switches to its narrow variant', () => {
  test('at the column where the wide drawing’s labels would fall under 11 px, 36 rem at most', () => {
    // 16 px labels at 11 px: a drawing of 480 px needs a column of 330 px, plus its frame.
    expect(switchStep(480)).toBe(24);
    expect(switchStep(600)).toBe(28);
    expect(switchStep(744)).toBe(36);
    expect(switchStep(1712)).toBe(36);
    expect(legibleWidth(340)).toBe(494);
  });

  test('the page has one container query per step', () => {
    const css = switchCss();
    for (const step of [24, 28, 32, 36]) {
      expect(css).toContain(`@container (width < ${step}rem)`);
      expect(css).toContain(
        `[data-narrow-below='${step}'] > .course-diagram__canvas > .course-diagram__narrow { display: block; }`,
      );
    }
  });
});
