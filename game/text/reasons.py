"""The AI's reasons in words. An AI power explains a move as phrases (game/engine/
phrase.py: a code and the facts it quotes, ids and numbers, phrases inside phrases),
made when it moves; this is the one place that words them, when they are shown, in the
reader's language and with the names of the world it is read in ("Northland vetoed
Eastmark's trade motion (open markets) in the Trade Forum: it stood to lose much from
the policy move, more than it could gain from its pledge to Westland.")."""

from __future__ import annotations

from typing import Any

from game.engine import Phrase, events

from .amounts import percent, size_words
from .codes import AI_LEVELS, DEMANDS, code_text
from .grammar import SUBJECT
from .language import ENGLISH, N_, Language, Nc_, Np_
from .motions import motion_text, motion_title
from .names import Names, body_name, listing, nation_name
from .objectives import aim_text
from .policy import area_named

SAYS = {
    # The whole explanation: what the power did, and why.
    "explained": N_("{deed}: {why}."),
    "words": N_("{text}"),  # words kept as they were said (saves from before phrases)
    "as_played": N_("as played"),
    # What it did.
    "vetoed": N_("{nation} vetoed {motion} in {body}"),
    "abstained": N_("{nation} abstained on {motion} in {body}"),
    "voted_yes": N_("{nation} voted yes on {motion} in {body}"),
    "voted_no": N_("{nation} voted no on {motion} in {body}"),
    "tabled": N_("{nation} tabled a motion in {body} to {spec}"),
    "threatened": N_("{nation} threatened to leave {body} unless granted {demand}"),
    "founded": N_("{nation} founded a rival {area} body"),
    "withdrew": N_("{nation} withdrew from {body}"),
    "joined": N_("{nation} joined {body}"),
    "opted_out": N_("{nation} opted out of {motion} in {body}"),
    "offered": N_("{nation} offered {to} {give}"),
    "accepted": N_("{nation} accepted the offer"),
    "rejected": N_("{nation} rejected the offer"),
    "passed": N_("{nation} passed"),
    # One side of an offer.
    "given_pledge": N_("a yes vote in {body}"),
    "given_guarantee": N_("a guarantee to stay in {body}"),
    "given_transfer": N_("{amount} capital"),
    "given_recognise": N_("recognition"),
    # A move it weighed, named as an alternative.
    "voting_yes": N_("voting yes"),
    "voting_no": N_("voting no"),
    "voting_abstain": N_("voting abstain"),
    "tabling": N_("tabling a motion in {body} to {spec}"),
    "threatening": N_("threatening to leave {body}"),
    "founding": N_("founding a rival {area} body"),
    "withdrawing": N_("withdrawing from {body}"),
    "joining": N_("joining {body}"),
    "opting_out": N_("opting out of {motion}"),
    "offering": N_("an offer to {nation}"),
    "accepting": N_("accepting"),
    "rejecting": N_("rejecting"),
    "passing": N_("passing"),
    # Why: what it stood to gain or lose, each term weighed in words.
    "gained": N_("it stood to gain {terms}"),
    "lost": N_("it stood to lose {terms}"),
    "weighed": N_("{size} from {term}"),
    "too_little_at_stake": N_("too little at stake to vote either way"),
    "almost_nothing": N_("it had almost nothing at stake either way"),
    "nothing_worth_cost": N_("nothing on offer was worth its cost"),
    # What opens a reason (said alone where nothing else weighed).
    "misjudged": N_("misjudging what was at stake (an easy opponent)"),
    "own_motion": N_("it votes for the motion it tabled"),
    "less_than_nothing": N_("the best move on offer, {best}, came to less than nothing"),
    "follows_model_rule": N_("it follows the model's own rule"),
    "plays_at_random": N_("it picks its legal moves at random"),
    # Looking ahead.
    "foresaw": N_(
        "its rule of thumb favoured {usual}, but when it played the game on to the end of "
        "round {round} in {futures} imagined futures, this move came out ahead of it, by "
        "{size}"
    ),
    "projected_against": N_("its projected score against {move}"),
    # What weighed: the terms.
    "effect_policy": N_("the policy move"),
    "effect_mandate": N_("the mandate change"),
    "effect_add_veto": N_("the new veto"),
    "effect_remove_veto": N_("the veto removed"),
    "effect_opt_out": N_("the opt-out"),
    "effect_admit": N_("the admission"),
    "effect_suspend": N_("the suspension"),
    "effect_linkage": N_("the linkage"),
    "effect_sanction": N_("the sanction"),
    "doctrine_on_mandate": N_("its doctrine's view of the mandate"),
    "apex_for_all": N_("a pluralist order nearer, with every great power at the apex"),
    "mutual_recognition": N_("a pluralist order nearer, as the great powers recognise each other"),
    "aim": N_("its secret aim “{aim}”"),
    "secret_aim": N_("one of its secret aims"),
    "pledge_to": N_("its pledge to {nation}"),
    "veto_cost": N_("the legitimacy a veto against the majority costs"),
    "veto_cost_spared": N_("the legitimacy a veto against the majority would cost"),
    "opted_out_share": N_("the share of the measure it would opt out of"),
    "opt_out_cost": N_("the legitimacy opting out costs"),
    "cost_spared": N_("the {share} of the measure's cost it is spared"),
    "motion_cost": N_("the capital a motion costs"),
    "vote_may_fail": N_("the chance the vote goes against it ({share})"),
    "forcing_lone_veto": N_("standing won by forcing a lone veto"),
    "close_count": N_("the risk of a close count, as its appetite for risk weighs it"),
    "threat_won": N_("winning {demand} rather than leaving, times its {share} chance"),
    "threat_failed": N_("the legitimacy a failed threat costs, as its appetite for risk weighs it"),
    "threat_cost": N_("the capital a threat costs"),
    "found_cost": N_("the capital founding costs"),
    "exit_cost": N_("the legitimacy leaving costs"),
    "fragmenting": N_("a step toward a fragmented order"),
    "influence": N_("influence over the order, as its doctrine values it"),
    "pledged_vote": N_("its motion's worth if the pledged vote carries it"),
    "yes_on_their_motion": N_("its yes on {owner:gen} likely motion"),
    "capital_for_vote": N_("{amount} capital for the vote"),
    "capital_in": N_("{amount} capital received"),
    "capital_out": N_("{amount} capital paid"),
    "guarantee_in": N_("a guarantee to stay"),
    "guarantee_out": N_("its promise to stay"),
    "their_yes": N_("{owner:gen} yes on its motion"),
    "their_yes_untrusted": N_("{owner:gen} yes on its motion (it broke a pledge)"),
    "recognised_by": N_("{owner:gen} recognition"),
    "recognising": N_("recognising {owner:gen} model"),
    "model_authority": N_("its model's share of the institutions' authority, up {share}"),
    # A strategy's rules (game/ai/strategy.py).
    "strategy_rule": N_("its {strategy} strategy ({rule})"),
    "bears_decisions": N_("it bears what the body decides"),
    "own_motion_vote": N_("it votes for its own motion"),
    "never_vetoes": N_("it never vetoes, even a motion against itself"),
    "never_blocks": N_("it lets the body decide and never blocks"),
    "spares_great_power": N_("it will not punish a great power of the concert"),
    "accepts_great_powers": N_("it accepts every great power's motion"),
    "opt_outs_not_vetoes": N_("it grants doubters opt-outs, not new vetoes"),
    "opt_out_keeps_inside": N_("an opt-out keeps a doubter inside"),
    "no_rival_initiatives": N_("it does not endorse a rival model's initiatives"),
    "complies_with_leader": N_("it complies with the leading power"),
    "camp_keeps_bodies": N_("the camp's bodies stay the camp's"),
    "backs_partners": N_("it backs its partners"),
    "not_incumbents_decisions": N_("it does not carry the incumbents' decisions"),
    "votes_down_others": N_("it votes down what it did not table"),
    "vetoes_others": N_("it vetoes whatever it did not table"),
    "great_powers_recognise": N_("the great powers recognise each other's models"),
    "deals_with_concert": N_("it deals with every great power of the concert"),
    "recognises_no_rival": N_("it recognises no rival model"),
    "no_equal_standing": N_("it grants no rival model equal standing"),
    "leaves_agenda_to_leader": N_("it leaves the agenda to the leading power"),
    "seat_for_every_great_power": N_("every great power has a seat in {body}"),
    "acts_through_apex": N_("it acts through the apex body"),
    "keeps_its_institutions": N_("it does not weaken the institutions that carry its model"),
    "carries_its_model": N_("it carries its model through the institutions"),
    "its_order_for_all": N_("its model's bodies are for every great power, on its rules: {body}"),
    "camp_builds": N_("the camp builds its own {area} body"),
    "camp_pulls_in": N_("the camp pulls like-minded nations in"),
    "builds_own_bodies": N_("it builds bodies of its own"),
    "threatens_unless_obeyed": N_("it threatens to leave unless obeyed"),
    "seeks_vetoes": N_("it seeks a veto wherever it has none"),
    "stays_and_returns": N_("it stays inside and comes back"),
    "never_leaves": N_("it never leaves"),
    "joins_partners_bodies": N_("it joins its partners' bodies"),
    "leaves_incumbents": N_("it leaves the incumbents' body where the camp has its own"),
    "joins_own_bodies": N_("it joins the bodies it founded"),
    "leaves_without_veto": N_("it leaves where it holds no veto"),
}
# Messages a phrase says instead when it carries one more fact: (the fact, the message).
WITH = {
    "offered": ("ask", N_("{nation} offered {to} {give} for {ask}")),
    "accepted": ("owner", N_("{nation} accepted {owner:gen} offer")),
    "rejected": ("owner", N_("{nation} rejected {owner:gen} offer")),
    "gained": ("others", N_("it stood to gain {terms}, more than it gave up: {others}")),
    "lost": ("others", N_("it stood to lose {terms}, more than it could gain from {others}")),
    "misjudged": ("reason", N_("misjudging what was at stake (an easy opponent), {reason}")),
    "own_motion": ("reason", N_("it votes for the motion it tabled; {reason}")),
    "less_than_nothing": (
        "reason",
        N_("the best move on offer, {best}, came to less than nothing: {reason}"),
    ),
    "follows_model_rule": ("reason", N_("it follows the model's own rule; {reason}")),
    "plays_at_random": ("reason", N_("it picks its legal moves at random; {reason}")),
    "foresaw": (
        "other",
        N_(
            "its rule of thumb favoured {usual}, but when it played the game on to the end "
            "of round {round} in {futures} imagined futures, this move came out ahead of "
            "{other}, by {size}"
        ),
    ),
}
# Messages that count something: (the fact counted, the message for one, for more).
COUNTED = {
    "outside_option": (
        "rounds",
        Np_(
            "its outside option against membership over {count} round, as its doctrine weighs it",
            "its outside option against membership over {count} rounds, as its doctrine weighs "
            "them",
        ),
    ),
    "membership": (
        "rounds",
        Np_(
            "membership against its outside option over {count} round, as its doctrine weighs it",
            "membership against its outside option over {count} rounds, as its doctrine weighs "
            "them",
        ),
    ),
    "votes_trailing": (
        "points",
        Np_(
            "its votes in {body} trailing its share of power ({count} point behind)",
            "its votes in {body} trailing its share of power ({count} points behind)",
        ),
    ),
}
STRATEGIES = {
    "concert": N_("concert"),
    "hegemony": N_("hegemony"),
    "bloc": Nc_("strategy", "bloc"),  # a noun: the verdict "bloc" is an adjective
    "overreach": N_("overreach"),
    "restraint": N_("restraint"),
    "domination": N_("domination"),
}
COUNTS = ("points", "rounds", "round", "futures")


def way_of_playing(kind: str, lang: Language = ENGLISH) -> str:
    """A way of playing in words: an AI level ('hard AI') or a strategy ('concert')."""
    if kind in AI_LEVELS:
        return lang.text(AI_LEVELS[kind])
    return code_text(STRATEGIES, kind, lang)


def ai_player(kind: str, lang: Language = ENGLISH) -> str:
    """Who plays a seat the AI has, in words: 'hard AI', 'AI playing concert'."""
    if kind in AI_LEVELS:
        return lang.text(AI_LEVELS[kind])
    return lang.text(N_("AI playing {strategy}"), strategy=code_text(STRATEGIES, kind, lang))


def _aim(said: Phrase, names: Names, lang: Language) -> str:
    """One of the power's aims as its seat reads it: the scenario author's words as
    written where the aim's key is those words, else said from the aim's kind in the
    language."""
    key = str(said.fact("aim", ""))
    nation = str(said.fact("nation", ""))
    own = names.nation(nation) if names.has_nation(nation) else None
    for objective in getattr(own, "objectives", ()):
        if objective.text.rstrip(".") == key and aim_text(objective, names).rstrip(".") == key:
            return aim_text(objective, names, None, lang).rstrip(".")
    return key


def _fact(
    name: str, value: Any, said: Phrase, names: Names, lang: Language, subject: str | None
) -> Any:
    """One fact as the message quotes it."""
    if isinstance(value, Phrase):
        return phrase_text(value, names, lang, subject)
    if isinstance(value, tuple) and all(isinstance(v, Phrase) for v in value):
        return listing([phrase_text(v, names, lang, subject) for v in value], lang)
    if name in ("nation", "to", "owner"):
        return nation_name(names, value, lang)
    if name == "body":
        return body_name(names, value, lang)
    if name == "motion":
        return motion_title(names, int(value), lang)
    if name == "area":
        return area_named(str(value), lang)
    if name == "demand":
        return code_text(DEMANDS, str(value), lang)
    if name == "strategy":
        return code_text(STRATEGIES, str(value), lang)
    if name == "share":
        return percent(float(value), lang)
    if name == "size":
        return size_words(float(value), lang)
    if name == "aim":
        return _aim(said, names, lang)
    if name == "spec":
        body = str(said.fact("body", ""))
        before = said.fact("before")
        return motion_text(str(value), names, body, tuple(before) if before else None, lang)
    if name in COUNTS:
        return lang.number(value, 0)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    return lang.figure(value)


def phrase_text(
    said: Phrase, names: Names, lang: Language = ENGLISH, subject: str | None = None
) -> str:
    """A phrase in words, its phrases inside it said in turn; a code this does not know,
    as it is (so that a newer AI's reason still reads in an older window). `subject`:
    the power whose reasons these are (by id), else the phrase's own nation: what "it"
    and "its" stand for, for a language whose words agree with it."""
    if subject is None and said.fact("nation") is not None:
        subject = str(said.fact("nation"))
    facts = {name: _fact(name, value, said, names, lang, subject) for name, value in said.facts}
    if subject is not None:
        facts.setdefault(SUBJECT, nation_name(names, subject, lang))
    if said.says in COUNTED:
        counted, forms = COUNTED[said.says]
        return lang.plural(forms, int(said.fact(counted, 0)), **facts)
    extra = WITH.get(said.says)
    if extra is not None and extra[0] in facts:
        return lang.text(extra[1], **facts)
    message = SAYS.get(said.says)
    return lang.text(message, **facts) if message else said.says


def explained_text(event: events.Explained, names: Names, lang: Language = ENGLISH) -> str:
    """An AI power's explanation of its move, in words."""
    return phrase_text(event.why, names, lang, event.nation)
