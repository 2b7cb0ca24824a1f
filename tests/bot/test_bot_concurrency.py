"""Many members at once: 200 /ask arriving together are all answered, each member's cooldown
holds, and the event loop (the gateway heartbeat, every other interaction) never stalls,
because retrieval and SQLite run in worker threads."""

from __future__ import annotations

import asyncio
import gc
import sys
from collections import Counter

import pytest

from bot.app import tune_for_serving

from harness import MEMBER_ID, Harness, Sent

pytestmark = pytest.mark.asyncio

QUESTIONS = ["do I need a PhD?", "what do juniors earn in the UK?", "is Docker important?",
             "what does a typical day look like?", "best pizza topping?"]
MAX_LOOP_LAG = 0.1


async def longest_stall(lags: list[float], every: float = 0.005) -> None:
    """Record how late each tick wakes up: a blocked loop wakes late."""
    loop = asyncio.get_running_loop()
    while True:
        before = loop.time()
        await asyncio.sleep(every)
        lags.append(loop.time() - before - every)


def outcome(sent: list[Sent]) -> str:
    """What a member got: an answer (maybe after "thinking…"), a decline or the cooldown."""
    final = sent[-1]
    if (final.data.get("content") or "").startswith("Slow down"):
        return "cooldown"
    assert final.data["embeds"], final.data
    return "answer" if final.data.get("components") else "decline"


async def test_200_asks_at_once_are_all_answered_without_blocking_the_loop(make_services):
    # 150 members ask once; 25 of them ask twice more while their cooldown runs
    askers = [MEMBER_ID + n for n in range(150)] + [MEMBER_ID + n for n in range(25)] * 2
    calls = [(user, {"question": QUESTIONS[i % len(QUESTIONS)]}) for i, user in
             enumerate(askers)]
    lags: list[float] = []
    switch_interval = sys.getswitchinterval()
    tune_for_serving()  # as `advisor-bot run` does once the corpus is loaded
    try:
        async with Harness.start(make_services(cooldown_seconds=60)) as bot:
            ticking = asyncio.create_task(longest_stall(lags))
            await asyncio.sleep(0)
            results = await bot.slash_at_once("ask", calls)
            ticking.cancel()
            store = bot.client.services.store
    finally:
        gc.unfreeze()
        sys.setswitchinterval(switch_interval)

    assert len(results) == 200 and all(results)
    by_user: dict[int, Counter[str]] = {}
    for (user, _), sent in zip(calls, results, strict=True):
        by_user.setdefault(user, Counter())[outcome(sent)] += 1
    assert all(counts["cooldown"] == (2 if user < MEMBER_ID + 25 else 0)
               for user, counts in by_user.items())
    assert all(counts["answer"] + counts["decline"] == 1 for counts in by_user.values())
    declined = sum(counts["decline"] for counts in by_user.values())
    assert declined == 30  # the pizza question, asked by one member in five
    assert len(store.gaps()) == 1 and store.gaps()[0].count == declined
    assert max(lags) < MAX_LOOP_LAG, f"the event loop stalled for {max(lags):.3f} s"
