#!/usr/bin/env python3
"""Exact decentralized softmax policy gradient (ddpl Alg. 1 with exact averaged Q) on a MARLCheck
game file, written as a marlcheck.trace/1 trace that `marlcheck validate` checks.

Only numpy is needed. Usage:

    python3 toy_decspg.py GAME.json TRACE.jsonl [--iterations K] [--eta ETA] [--seed S]

The game must have a shared reward (rewards[s][a]). Each update is, for every agent i at once,
    pi_i(.|s) <- pi_i(.|s) * exp(eta/(1-gamma) * Qbar_i(s,.)),  normalised,
with Qbar_i(s,a_i) = E_{a_-i ~ pi_-i(.|s)} Q(s, a_i, a_-i), computed exactly with numpy.
"""
import argparse
import json

import numpy as np


def fnv1a64(data: bytes) -> str:
    """The game hash of docs/trace-format.md: FNV-1a 64 of the game file's bytes."""
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return "fnv1a64:%016x" % h


def load_game(path):
    raw = open(path, "rb").read()
    game = json.loads(raw)
    if game.get("format") != "marlcheck.game/1" or "rewards" not in game:
        raise SystemExit("%s: a marlcheck.game/1 file with a shared reward is needed" % path)
    sizes = [len(agent["actions"]) for agent in game["agents"]]
    S = len(game["states"])
    P = np.array(game["transitions"], dtype=float).reshape([S] + sizes + [S])  # P[s, a_1, ..., a_n, s']
    r = np.array(game["rewards"], dtype=float).reshape([S] + sizes)            # r[s, a_1, ..., a_n]
    return game, raw, sizes, P, r, float(game["gamma"]), np.array(game["initial"], dtype=float)


def joint(policies):
    """pi(a|s) = prod_i pi_i(a_i|s) as an array [s, a_1, ..., a_n] (agent 1 slowest)."""
    n = len(policies)
    out = policies[0].reshape([policies[0].shape[0], -1] + [1] * (n - 1))
    for i in range(1, n):
        shape = [policies[i].shape[0]] + [1] * i + [-1] + [1] * (n - 1 - i)
        out = out * policies[i].reshape(shape)
    return out


def action_values(policies, P, r, gamma):
    """Q(s, a) as an array [s, a_1, ..., a_n], by one linear solve (I - gamma P_pi) V = r_pi."""
    S = r.shape[0]
    pi = joint(policies).reshape(S, -1)
    P_flat, r_flat = P.reshape(S, pi.shape[1], S), r.reshape(S, -1)
    P_pi = np.einsum("sa,sat->st", pi, P_flat)
    r_pi = (pi * r_flat).sum(axis=1)
    V = np.linalg.solve(np.eye(S) - gamma * P_pi, r_pi)
    return (r_flat + gamma * P_flat @ V).reshape(r.shape), V


def averaged_q(policies, Q):
    """Qbar_i(s, a_i) = sum over a_-i of prod_{j != i} pi_j(a_j|s) Q(s, a) for every agent i."""
    n = len(policies)
    out = []
    for i in range(n):
        weights = [p if j != i else np.ones_like(p) for j, p in enumerate(policies)]
        w = joint(weights)
        axes = tuple(1 + j for j in range(n) if j != i)
        out.append((w * Q).sum(axis=axes))
    return out


def policy_line(policies):
    return {"format": "marlcheck.policy/1", "kind": "product", "tables": [p.tolist() for p in policies]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("game")
    parser.add_argument("trace")
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--eta", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    game, raw, sizes, P, r, gamma, rho = load_game(args.game)
    S = r.shape[0]
    rng = np.random.default_rng(args.seed)
    policies = [rng.dirichlet(np.ones(k), size=S) for k in sizes]   # a random pi^0, seeded
    lam = args.eta / (1 - gamma)

    with open(args.trace, "w") as out:
        header = {"format": "marlcheck.trace/1", "learner": "python-decspg",
                  "game": {"name": game["name"], "hash": fnv1a64(raw)},
                  "seed": str(args.seed), "iterations": args.iterations,
                  "parameters": {"eta": repr(args.eta), "language": "python+numpy"},
                  "target": {"rule": "decspg", "eta": args.eta}}
        out.write(json.dumps(header) + "\n")
        out.write(json.dumps({"iteration": 0, "policy": policy_line(policies)}) + "\n")
        out.flush()
        for k in range(1, args.iterations + 1):
            Q, _ = action_values(policies, P, r, gamma)
            qbar = averaged_q(policies, Q)
            logits = [np.log(p) + lam * q for p, q in zip(policies, qbar)]
            policies = [np.exp(l - l.max(axis=1, keepdims=True)) for l in logits]
            policies = [p / p.sum(axis=1, keepdims=True) for p in policies]
            line = {"iteration": k, "policy": policy_line(policies),
                    "qEstimates": {"kind": "agent-averaged", "scale": "unnormalized", "of": "previous",
                                   "tables": [q.tolist() for q in qbar]}}
            out.write(json.dumps(line) + "\n")
            out.flush()


if __name__ == "__main__":
    main()
