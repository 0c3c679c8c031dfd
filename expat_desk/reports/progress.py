"""How far an export has come, for a progress bar: ``callback(done, 100)``, each value once."""

from collections.abc import Callable

TOTAL = 100


class Progress:
    """A share of the whole work; ``part`` hands a stage its own share."""

    def __init__(
        self,
        callback: Callable[[int, int], None] | None,
        low: int = 0,
        high: int = TOTAL,
        _reached: list[int] | None = None,
    ) -> None:
        self.callback, self.low, self.high = callback, low, high
        self._reached = _reached if _reached is not None else [-1]  # shared by the parts

    def part(self, start: float, end: float) -> "Progress":
        """The share from ``start`` to ``end`` (fractions of this one)."""
        span = self.high - self.low
        return Progress(
            self.callback,
            self.low + round(span * start),
            self.low + round(span * end),
            self._reached,
        )

    def at(self, fraction: float) -> None:
        """This share is done up to ``fraction`` (0 to 1)."""
        if self.callback is None:
            return
        done = self.low + int((self.high - self.low) * min(max(fraction, 0.0), 1.0))
        if done > self._reached[0]:
            self._reached[0] = done
            self.callback(done, TOTAL)
