"""Extraction accuracy on our own gold, with a ratchet: a score may not fall more than 0.02
below the best recorded in tests/extraction_scores.json (raise the record when you improve it)."""
import json
import os
from pathlib import Path

import pytest

from scoring import load_gold, predictions, score

TESTS = Path(__file__).resolve().parents[1]
REPO = TESTS.parent
RECORD = json.loads((TESTS / "extraction_scores.json").read_text())
SETS = {
    "sample": (REPO / "sample_data" / "articles", REPO / "sample_data" / "gold.json"),
    "dev": (TESTS / "corpus" / "articles", TESTS / "corpus" / "gold.json"),
    "holdout": (TESTS / "holdout" / "articles", TESTS / "holdout" / "gold.json"),
    # blind until extractor 1.5 (0.853 then); a development set since
    "holdout2": (TESTS / "holdout2" / "articles", TESTS / "holdout2" / "gold.json"),
    # 0.861 when first scored, before any rule was written against it
    "corpus2": (TESTS / "corpus2" / "articles", TESTS / "corpus2" / "gold.json"),
    # blind until extractor 1.18 (0.883 then); a development set since holdout4 took its place
    "holdout3": (TESTS / "holdout3" / "articles", TESTS / "holdout3" / "gold.json"),
    # blind until extractor 1.37 (0.859 then); a development set since holdout5 took its place
    "holdout4": (TESTS / "holdout4" / "articles", TESTS / "holdout4" / "gold.json"),
    # blind until extractor 1.44 (0.862 then); a development set since holdout6 took its place
    "holdout5": (TESTS / "holdout5" / "articles", TESTS / "holdout5" / "gold.json"),
    # written blind for extractor 1.55 (0.957 then) and used as a development set from the start
    "holdout7": (TESTS / "holdout7" / "articles", TESTS / "holdout7" / "gold.json"),
    "holdout8": (TESTS / "holdout8" / "articles", TESTS / "holdout8" / "gold.json"),
    # blind from extractor 1.44 to 1.69 (0.911 on arrival, 0.921 from 1.51 on); a development set
    # since holdout9 took its place
    "holdout6": (TESTS / "holdout6" / "articles", TESTS / "holdout6" / "gold.json"),
    # written blind to stress outcomes (0.600 when it arrived, at extractor 1.76), a development set
    "holdout10": (TESTS / "holdout10" / "articles", TESTS / "holdout10" / "gold.json"),
    # written blind to stress unnamed officers and forces (0.810 when it arrived, at 1.83), a development set
    "holdout11": (TESTS / "holdout11" / "articles", TESTS / "holdout11" / "gold.json"),
    # written blind to stress long and messy reporting (0.854 when it arrived, at 1.92), a development set
    "holdout12": (TESTS / "holdout12" / "articles", TESTS / "holdout12" / "gold.json"),
    # written blind as a typical mix (0.752 when it arrived, at 1.98: four cases in articles about
    # no misconduct), a development set
    "holdout13": (TESTS / "holdout13" / "articles", TESTS / "holdout13" / "gold.json"),
    # written blind, 36 articles about no misconduct full of its vocabulary (13 cases found in them
    # when it arrived, at 2.5), a development set
    "holdout14": (TESTS / "holdout14" / "articles", TESTS / "holdout14" / "gold.json"),
    # written blind, 30 more articles about no misconduct in other situations (8 cases found in them
    # when it arrived, at 2.13), a development set
    "holdout16": (TESTS / "holdout16" / "articles", TESTS / "holdout16" / "gold.json"),
    # written blind as a second typical month (0.868 when it arrived, at 2.13), a development set
    "holdout15": (TESTS / "holdout15" / "articles", TESTS / "holdout15" / "gold.json"),
    # written blind as a third typical month (0.901 when it arrived, at 2.24), a development set
    "holdout18": (TESTS / "holdout18" / "articles", TESTS / "holdout18" / "gold.json"),
    # written blind, a third set of 30 articles about no misconduct (14 cases found in them when it
    # arrived, at 2.24), a development set
    "holdout17": (TESTS / "holdout17" / "articles", TESTS / "holdout17" / "gold.json"),
    # written blind, a fourth set of 30 articles about no misconduct (7 cases found in them when it
    # arrived, at 2.33), a development set
    "holdout19": (TESTS / "holdout19" / "articles", TESTS / "holdout19" / "gold.json"),
    # written blind, a fifth set of 24 articles about no misconduct (5 cases found in them when it
    # arrived, at 2.38), a development set
    "holdout20": (TESTS / "holdout20" / "articles", TESTS / "holdout20" / "gold.json"),
    # written blind as a fourth typical month (0.836 when it arrived, at 2.43), a development set
    "holdout21": (TESTS / "holdout21" / "articles", TESTS / "holdout21" / "gold.json"),
    # written blind as a fifth typical month (0.909 when it arrived, at 2.60), a development set
    "holdout22": (TESTS / "holdout22" / "articles", TESTS / "holdout22" / "gold.json"),
    # written blind to stress round-ups, pages, reports from abroad and articles about no
    # misconduct (0.776 when it arrived, at 2.60, with 3 cases in 8 such articles), a development set
    "holdout23": (TESTS / "holdout23" / "articles", TESTS / "holdout23" / "gold.json"),
    "holdout24": (TESTS / "holdout24" / "articles", TESTS / "holdout24" / "gold.json"),
    "holdout25": (TESTS / "holdout25" / "articles", TESTS / "holdout25" / "gold.json"),
    "holdout26": (TESTS / "holdout26" / "articles", TESTS / "holdout26" / "gold.json"),
    "holdout27": (TESTS / "holdout27" / "articles", TESTS / "holdout27" / "gold.json"),
    # written blind to stress unnamed officers and groups (0.899 when it arrived, at 2.80), a development set
    "holdout28": (TESTS / "holdout28" / "articles", TESTS / "holdout28" / "gold.json"),
    # written blind as an eighth typical month (0.864 when it arrived, at 2.80), a development set
    "holdout29": (TESTS / "holdout29" / "articles", TESTS / "holdout29" / "gold.json"),
    # written blind as a ninth and a tenth typical month (0.825 and 0.880 when they arrived, at 2.88),
    # development sets
    "holdout30": (TESTS / "holdout30" / "articles", TESTS / "holdout30" / "gold.json"),
    "holdout31": (TESTS / "holdout31" / "articles", TESTS / "holdout31" / "gold.json"),
    "holdout32": (TESTS / "holdout32" / "articles", TESTS / "holdout32" / "gold.json"),
    "holdout33": (TESTS / "holdout33" / "articles", TESTS / "holdout33" / "gold.json"),
    "holdout34": (TESTS / "holdout34" / "articles", TESTS / "holdout34" / "gold.json"),
    "holdout35": (TESTS / "holdout35" / "articles", TESTS / "holdout35" / "gold.json"),
    "holdout36": (TESTS / "holdout36" / "articles", TESTS / "holdout36" / "gold.json"),
    "holdout37": (TESTS / "holdout37" / "articles", TESTS / "holdout37" / "gold.json"),
    # written blind as a fourteenth typical month (0.865 when it arrived, at 3.54), a development set
    "holdout38": (TESTS / "holdout38" / "articles", TESTS / "holdout38" / "gold.json"),
    # written blind, the hardest kinds again (0.902 when it arrived, at 3.50), a development set
    "holdout39": (TESTS / "holdout39" / "articles", TESTS / "holdout39" / "gold.json"),
    # written blind to stress many officers in one article (0.827 when it arrived, at 3.58), a development set
    "holdout41": (TESTS / "holdout41" / "articles", TESTS / "holdout41" / "gold.json"),
    # blind from extractor 1.69 to 3.65 (0.870 on arrival at 1.65, 0.908 at 3.65); its list of
    # misses and two of its articles were read at 3.66, so a development set since
    "holdout9": (TESTS / "holdout9" / "articles", TESTS / "holdout9" / "gold.json"),
    # written blind to stress national papers, tabloids and broadcasters (0.826 when it arrived, at 3.77), a development set
    "holdout42": (TESTS / "holdout42" / "articles", TESTS / "holdout42" / "gold.json"),
    # written blind to stress reports from abroad and web pages (0.831 when it arrived, at 3.91), a development set
    "holdout43": (TESTS / "holdout43" / "articles", TESTS / "holdout43" / "gold.json"),
    # written blind as a sixteenth typical month (0.861 when it arrived, at 4.03), a development set
    "holdout44": (TESTS / "holdout44" / "articles", TESTS / "holdout44" / "gold.json"),
    # written blind to stress court reports, inquests and long investigations (0.868 when it arrived, at 4.04), a development set
    "holdout45": (TESTS / "holdout45" / "articles", TESTS / "holdout45" / "gold.json"),
    # written blind as a seventeenth typical month (0.841 when it arrived, at 4.11), a development set
    "holdout46": (TESTS / "holdout46" / "articles", TESTS / "holdout46" / "gold.json"),
    # written blind to stress unnamed officers (0.857 when it arrived, at 4.16), a development set
    "holdout47": (TESTS / "holdout47" / "articles", TESTS / "holdout47" / "gold.json"),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request):
    articles, gold_path = SETS[request.param]
    gold = load_gold(gold_path)
    preds = predictions(articles)
    return request.param, gold, preds, score(gold, preds)


def test_every_gold_article_is_extracted(scored):
    name, gold, preds, _ = scored
    assert set(gold["articles"]) <= set(preds), set(gold["articles"]) - set(preds)


def test_score_does_not_fall_below_the_record(scored):
    name, _, _, metrics = scored
    best = RECORD[name]["overall"]
    assert metrics["overall"] >= best - 0.02, (name, metrics)


def test_no_case_in_articles_about_no_misconduct(scored):
    name, gold, preds, _ = scored
    for article, g in gold["articles"].items():
        if not g.get("about_misconduct", True):
            assert preds[article]["cases"] == [], article


# The blind set (tests/holdout40 since extractor 3.80; tests/holdout9 from 1.69 to 3.65) is read
# only in aggregate and is not tested here: which of its articles about no misconduct yields a case
# could only be learnt by reading it. Its aggregate score is in its README and the project README.


def test_scorer_agrees_with_the_shared_scorer_when_present(scored, tmp_path):
    """Our scorer implements the evaluation rules; check it against the shared one if it is here."""
    shared = Path(os.environ.get("CASEBROWSER_SHARED", REPO.parent / "shared")) / "eval" / "score.py"
    if not shared.exists():
        pytest.skip("../shared/eval is not beside this checkout")
    import subprocess
    import sys
    name, gold, preds, metrics = scored
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text("\n".join(json.dumps({"source": k, **v}) for k, v in preds.items()))
    gold_file = tmp_path / "gold.json"
    gold_file.write_text(json.dumps(gold))
    out = subprocess.run([sys.executable, str(shared), str(gold_file), str(pred_file), "--json"],
                         capture_output=True, text=True, check=True).stdout
    theirs = json.loads(out)
    for key in ("officer_f1", "force_accuracy", "outcome_accuracy", "unnamed_case_f1", "quote_f1",
                "speaker_accuracy", "overall"):
        assert metrics[key] == pytest.approx(theirs[key]), key


def test_sample_gold_scores_at_least_095(scored):
    name, _, _, metrics = scored
    if name == "sample":
        assert metrics["overall"] >= 0.95, metrics
