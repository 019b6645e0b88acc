// The "Load example" pair: a fictional wire story and a fictional newspaper version of it, written
// for retold. The newspaper copies most sentences, rewords some, moves one, splits one, changes a
// figure in one, drops a few and pads the story with paragraphs of its own. No real people, places or events.

/** The wire story (the source). */
export const EXAMPLE_SOURCE = `Harlow Creek dam opens after seven years of work

BRANDMOOR (Northfield Press) - The Harlow Creek dam was officially opened on Tuesday, seven years after construction began and two years later than planned.

Regional governor Ilse Marrow cut the ribbon at a ceremony attended by about 400 people, including many of the 1,200 workers who built the structure.

The 86-metre concrete dam holds back a reservoir of 310 million cubic metres and will supply drinking water to roughly 900,000 households in the Brandmoor valley.

Its two turbines are expected to generate 140 megawatts of electricity at peak flow, enough to power the nearby towns of Keswold and Amberley.

The project cost 2.3 billion crowns, about 40 percent more than the original budget, after flooding in 2021 destroyed part of the coffer dam.

Marrow said the dam would protect the valley from the floods that have hit it three times in the past decade.

"This wall of concrete is a promise to every family downstream," she told the crowd.

Environmental groups have criticised the project for flooding 1,100 hectares of forest and the old village of Tarnby, whose 60 residents were moved in 2019.

The Brandmoor Anglers' Association said fish ladders built into the dam had not been tested with the valley's native trout.

Filling of the reservoir will take about 18 months, the regional water authority said.

The authority will open a visitor centre at the dam in the spring.`;

/** The newspaper version (the target). */
export const EXAMPLE_TARGET = `Valley celebrates as giant dam finally opens

It was a day many in Brandmoor thought they would never see.

The Harlow Creek dam was officially opened on Tuesday, seven years after construction began and two years later than planned.

Governor Ilse Marrow cut the ribbon in front of a crowd of around 400, many of them among the 1,200 workers who built it.

"This wall of concrete is a promise to every family downstream," she told the crowd.

The 86-metre concrete dam holds back a reservoir of 310 million cubic metres. It will supply drinking water to roughly 900,000 households in the Brandmoor valley.

Its two turbines are expected to generate 140 megawatts of electricity at peak flow, enough to power the nearby towns of Keswold and Amberley.

The bill came to 2.3 billion crowns, some 40 percent over budget, after floods in 2021 wrecked part of the coffer dam.

Environmental groups have criticised the project for flooding 1,100 hectares of forest and the old village of Tarnby, whose 80 residents were moved in 2019.

Filling of the reservoir will take about 18 months, the regional water authority said.

For retired teacher Agnes Holm, who grew up in Tarnby, the day was bittersweet. "I used to swim where the water now stands," she said.

Local cafe owner Piet Rask was more upbeat. He said he had already ordered extra tables for the summer.

The Gazette will publish a special eight-page souvenir supplement on the dam in Saturday's edition.

Readers can send their photographs of the opening to our newsdesk.`;
