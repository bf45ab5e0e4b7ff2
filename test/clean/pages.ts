// Invented scraped pages in the shapes of common site templates the sample
// articles do not show. Each line is marked: "# " the headline, "~ " page
// furniture the clean stage must remove, anything else story body that must
// stay. Names, places and figures are made up.

export interface Page {
  name: string;
  /** Marked lines; pages join them with a blank line unless `tight`. */
  lines: string[];
  tight?: boolean;
}

export const PAGES: Page[] = [
  {
    name: 'wordpress blog with related posts, tags and a comment form',
    lines: [
      '~ Skip to content',
      '~ Menu',
      '~ Home › World › Europe',
      '# Dock workers strike over new shift rules as talks stall',
      '~ Posted on March 4, 2031 by Lena Marsh',
      'Dock workers at the country\'s three largest ports walked off the job on Tuesday, halting the loading of container ships after talks over new shift rules broke down late on Monday.',
      'Share of cargo handled by the northern terminals has fallen by almost a third since the dispute began, according to figures from the port authority.',
      'The union says the new rules would force its members to work split shifts without extra pay, a claim the operators deny.',
      'He declined to comment.',
      'A spokeswoman for the operators said the company had offered a pay rise of four percent and would return to the table whenever the union was ready.',
      'The vote is on Friday.',
      '~ Share this:',
      '~ Twitter',
      '~ Facebook',
      '~ Like this:',
      '~ Related posts',
      '~ Rail unions warn of summer walkouts',
      '~ Ferry crews accept new contract',
      '~ Tags: ports, strikes, labour',
      '~ Leave a Reply',
      '~ Your email address will not be published. Required fields are marked *',
      '~ Comment *',
      '~ Name *',
      '~ Email *',
      '~ Save my name, email, and website in this browser for the next time I comment.',
    ],
  },
  {
    name: 'news site with advertisement lines, an AP dateline and a wire copyright',
    lines: [
      '~ Advertisement',
      '# Storm knocks out power to thousands along the coast',
      '~ By Carla Mendes and Oren Blake',
      '~ Updated 9:14 AM EST, Tue March 4, 2031',
      'HARBOR CITY, Maine (AP) — A late-winter storm knocked out power to tens of thousands of homes along the coast on Tuesday, closing schools and stranding drivers on icy roads.',
      'Utility crews from three neighbouring states were on their way to help restore service, which could take until the weekend in the hardest-hit towns, officials said.',
      '~ Advertisement',
      'Comment from the utility\'s chief executive was not immediately available, but a spokesman said every available crew was working.',
      'The storm dropped more than a foot of snow in some inland areas, the weather service said, and winds gusted to 60 miles per hour on the islands.',
      '~ ADVERTISEMENT',
      'Read the warnings carefully, the governor told residents at an evening briefing, and stay off the roads until the plows have been through.',
      'Schools will stay closed on Wednesday.',
      '~ Associated Press writer Dana Holt in Boston contributed to this report.',
      '~ Copyright 2031 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
    ],
  },
  {
    name: 'cookie banner, newsletter box and social links',
    lines: [
      '~ We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.',
      '~ Accept all cookies',
      '~ Manage preferences',
      '# City to plant ten thousand trees in heat-stricken districts',
      '~ Last updated 3 hours ago',
      'The city will plant ten thousand trees over the next two years in the districts that suffered most during last summer\'s heat waves, the mayor announced on Monday.',
      'Follow the river north from the old bridge and the difference is plain: streets lined with plane trees stay several degrees cooler than the bare avenues beside them.',
      '~ Sign up for our newsletter',
      '~ Get the best stories delivered to your inbox every morning.',
      'The programme will cost about twelve million euros, most of it from a national climate fund, and residents will be able to suggest streets on a city website.',
      'Critics on the council said the plan came too late for the districts that needed it most.',
      'It is a start.',
      '~ Follow us on Twitter',
      '~ Follow us on Facebook',
      '~ Sign up for our newsletter to receive the latest news straight to your inbox.',
    ],
  },
  {
    name: 'BBC-style page with image source and image caption labels',
    lines: [
      '~ Skip to content',
      '# Wildfire forces evacuation of hillside villages',
      '~ 2 hours ago',
      '~ Share',
      '~ Image source, Getty Images',
      '~ Image caption, Firefighters worked through the night to stop the blaze reaching the villages',
      'Hundreds of people have been forced to leave their homes as a wildfire spread across the hills above the coast overnight, emergency services said.',
      'Strong winds pushed the fire towards three villages, and helicopters dropped water on the flames until darkness fell.',
      '~ Image source, EPA',
      '~ Image caption,',
      '~ Residents watched from the beach as the fire moved down the slope',
      'No one has been reported hurt.',
      'The regional governor said the fire was started deliberately and that police were questioning a man who had been seen near the spot where it began.',
      'Read more about how wildfires spread in high winds, the fire service said on its website, where it also posted a map of the evacuated areas.',
      '~ Related Topics',
      '~ Wildfires',
      '~ More on this story',
      '~ Heatwave brings record temperatures to the south',
    ],
  },
  {
    name: 'tabloid with READ MORE links, a parenthesised photo credit and a dated byline block',
    lines: [
      '# Rescuers search collapsed building after earthquake',
      '~ Jan Novak',
      '~ 04 March 2031 • 14:05',
      '~ Rescue teams search the rubble in the old town on Tuesday. (Photo: Anna Berg / AFP)',
      'Rescuers were searching through the rubble of a collapsed apartment building on Tuesday after an earthquake shook the region before dawn.',
      '~ READ MORE: Aftershocks rattle coastal towns',
      'At least twelve people were pulled alive from the building, the civil protection agency said, and teams with dogs were still searching for others.',
      'Follow-up tremors hampered the work through the morning, forcing crews to pull back twice.',
      '~ READ MORE:',
      '~ How to prepare your home for an earthquake',
      'The agency said it would publish a full list of damaged buildings on Wednesday.',
      'The vote is on Friday.',
      '~ Follow us on Instagram for more pictures from the scene',
      '~ Share on WhatsApp',
      '~ Comments',
    ],
  },
  {
    name: 'wire report with an in-caption credit and a reporting line',
    lines: [
      '# Steel maker to close plant, cutting 800 jobs',
      '~ By Mira Kovac',
      '~ 3 min read',
      'SHEFFIELD, England, March 4 (Reuters) - A steel maker said on Tuesday it would close its plant in the north of England next year, cutting about 800 jobs, blaming high energy prices and weak demand.',
      '~ Workers walk past the entrance of the plant in Sheffield, Britain, March 3, 2031. REUTERS/Tom Hale',
      'The company said it had tried for two years to find a buyer for the site.',
      'Union leaders called the decision a betrayal and said they would ask the government to step in.',
      '"We have been told nothing," said one worker, who asked not to be named. "We read about it in the news."',
      'He declined to comment.',
      '~ Reporting by Mira Kovac; Editing by Tom Hale and Petra Lund',
      '~ Our Standards: The Thomson Reuters Trust Principles.',
    ],
  },
  {
    name: 'regional site with a photo credit line, an agency via credit and a feed footer',
    lines: [
      '~ Breaking News',
      '~ Home | World | Politics | Business | Sport',
      '# Parliament passes new housing law after all-night session',
      '~ Sam Ortiz, Staff Writer',
      '~ Peter Example-Pool / Agency via Getty Images',
      'Lawmakers passed a new housing law early on Wednesday after an all-night session in which opposition parties tried to stall the vote with hundreds of amendments.',
      'The law caps rent increases at three percent a year for the next five years and gives tenants more time to challenge evictions.',
      'Landlords\' groups said they would challenge it in court.',
      'Opposition leaders called the session a farce.',
      'The law takes effect in June.',
      '~ Click to share on Twitter (Opens in new window)',
      '~ Click to share on Facebook (Opens in new window)',
      '~ The post Parliament passes new housing law after all-night session appeared first on Example Daily.',
    ],
  },
];

export interface BuiltPage {
  text: string;
  titleLine: number;
  /** 1-based lines the page marks as furniture. */
  removed: number[];
  /** 1-based lines of story body. */
  body: number[];
}

export function buildPage(p: Page): BuiltPage {
  const out: string[] = [];
  let titleLine = 0;
  const removed: number[] = [];
  const body: number[] = [];
  for (const raw of p.lines) {
    if (out.length > 0 && !p.tight) out.push('');
    const n = out.length + 1;
    if (raw.startsWith('# ')) titleLine = n;
    else if (raw.startsWith('~ ')) removed.push(n);
    else body.push(n);
    out.push(raw.startsWith('# ') || raw.startsWith('~ ') ? raw.slice(2) : raw);
  }
  return { text: out.join('\n'), titleLine, removed, body };
}
