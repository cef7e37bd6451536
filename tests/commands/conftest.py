"""The adviser's commands are tested on the bank tests' small bank (``bank``)."""

from tests.rules.bank.conftest import bank  # noqa: F401
