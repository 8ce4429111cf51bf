"""Cases: one per officer (or group treated as one) whose misconduct the article reports.

The assembler walks the article sentence by sentence, keeping a *focus* — the officer the
narrative is about — so that "the officer", "he" and sentences like "The panel imposed a
sanction of dismissal" attach to the right person. Outcome phrases go to the nearest officer
in their sentence (or to the focus); forces come from what is attached to the officer's name,
then from the headline's "X Police officer", then from the force the article is about once the
chair's, investigators' and speakers' forces are set aside.

The modules, each importing only those listed before it:
- `patterns`: compiled patterns several modules use, and what `Context.matching` knows of them;
- `context`: `Context` and `Target`, the narrative without quoted words, `reports_misconduct`;
- `layout`: paragraph and list-item openings, the lede's end, headings over tables and notices;
- `referents`: whom "that sergeant", "the constable" or an appositive means; who is police; ranks;
- `assign`: which officer each outcome phrase of a sentence goes to;
- `case_force`: which force a case is of;
- `merge`: unnamed officers merged with named ones and with each other;
- `fields`: a case's fields (outcome, finding, standards, dates, chair, investigator …);
- `build`: from the walk's targets to cases (who is not a case);
- `state`: `Walk`, what the sentence walk keeps from one sentence to the next;
- `named_refs`: a sentence's references to named people (police or not, speakers, impostors);
- `unnamed_refs`: its references to unnamed officers ("a sergeant", "both officers", "His sergeant");
- `descriptions`: back-references by description ("that sergeant", "the BTP constable", "the constable who …");
- `groups`: "the former/latter", "the younger officer", "Both were dismissed", "each was given …";
- `pronouns`: a sentence's leading "he" or "she";
- `windows`: where each named officer's predicate may be in a sentence;
- `decisions`: which outcome phrases of a sentence are firm and whose they are;
- `focus`: where the focus moves, and the officer its phrase is "named as";
- `walk`: `assemble`, the sentence walk that keeps the focus, phase by phase.
"""
from __future__ import annotations

from .context import Context, narrative_of, reports_misconduct
from .walk import assemble

__all__ = ["Context", "assemble", "narrative_of", "reports_misconduct"]
