"""The conditions of integreringsloven §§ 8–9 (with § 3, § 12, chapter 6A and forskriften § 72).

One module per condition, in the order the law states them. Each module offers:
- `possible(ctx)`: the values its predicate can take given what is known (one value when known,
  several when a fact is unknown: docs/rules.md C11);
- `finding(ctx)`: the finding for the result page (status, reason code, law reference).
"""
