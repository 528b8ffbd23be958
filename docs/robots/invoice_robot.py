"""invoice-check's work as an external robot: the invoice's data rules, a look-up and a submission on the portal.

    python3 invoice_robot.py --server http://localhost:8080 --token vdt_... --name desk-01 \
        --process invoice-robot [--portal http://localhost:8080/sandbox/api/]

It works the records of a process declared from the robot template with invoice-check's columns (README, "Writing a
robot"), against the sandbox portal by default. A dry run checks the data and sends nothing. Standard library only.
"""

import argparse
import datetime
import decimal
import json
import logging
import re
import urllib.error
import urllib.parse
import urllib.request

from verdict_robot import BusinessRule, Robot, Technical

NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
NIF = re.compile(r"[0-9]{8}[A-Z]")
NIE = re.compile(r"[XYZ][0-9]{7}[A-Z]")
CIF = re.compile(r"[ABCDEFGHJKLMNPQRSUVW][0-9]{7}[0-9A-J]")
AMOUNT = re.compile(r"-?[0-9]+([.,][0-9]+)?")
DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
RELAUNCH = " in the source file and relaunch only this record."


def valid_tax_id(tax_id):
    """Whether it is a Spanish NIF, NIE or CIF with the right control character."""
    tax_id = tax_id.upper()
    if NIF.fullmatch(tax_id):
        return tax_id[8] == NIF_LETTERS[int(tax_id[:8]) % 23]
    if NIE.fullmatch(tax_id):
        return tax_id[8] == NIF_LETTERS[int(str("XYZ".index(tax_id[0])) + tax_id[1:8]) % 23]
    if CIF.fullmatch(tax_id):
        total = 0
        for position in range(1, 8):
            digit = int(tax_id[position])
            total += digit if position % 2 == 0 else (2 * digit) // 10 + (2 * digit) % 10
        control = (10 - total % 10) % 10
        if tax_id[8].isdigit():
            return tax_id[0] not in "NPQRSW" and int(tax_id[8]) == control
        return tax_id[0] not in "ABEH" and tax_id[8] == "JABCDEFGHI"[control]
    return False


def check(record):
    """invoice-check's data rules, the first that fails is the KO."""
    values = {name: (value or "").strip() for name, value in record.values.items()}
    number, tax_id = values.get("InvoiceNumber", ""), values.get("CustomerTaxId", "")
    if not number:
        raise BusinessRule("MISSING_DATA", "Invoice number is missing (the InvoiceNumber column is empty)",
                           "Fill in the invoice number" + RELAUNCH)
    if not tax_id:
        raise BusinessRule("MISSING_DATA", "Tax ID is missing (the CustomerTaxId column is empty)",
                           "Fill in the customer's Tax ID (NIF, NIE or CIF)" + RELAUNCH)
    if not valid_tax_id(tax_id):
        raise BusinessRule("INVALID_FORMAT", "Tax ID \"%s\" is not a valid Spanish NIF, NIE or CIF" % tax_id,
                           "Correct the Tax ID" + RELAUNCH)
    date = DATE.fullmatch(values.get("Date", ""))
    try:
        datetime.date(int(date.group(1)), int(date.group(2)), int(date.group(3)))
    except (AttributeError, ValueError):
        raise BusinessRule("INVALID_FORMAT", "Date \"%s\" is not a real date written YYYY-MM-DD" % values.get("Date"),
                           "Write the invoice date as YYYY-MM-DD" + RELAUNCH) from None
    amount_text = values.get("Amount", "")
    if not AMOUNT.fullmatch(amount_text):
        raise BusinessRule("INVALID_FORMAT", "Amount \"%s\" is not a plain number" % amount_text,
                           "Write the amount as a plain number, e.g. 1234.56" + RELAUNCH)
    amount = decimal.Decimal(amount_text.replace(",", "."))
    if amount <= 0 or amount > 1000000:
        raise BusinessRule("OUT_OF_RANGE", "Amount \"%s\" is out of range: it must be greater than 0 and at most"
                           " 1,000,000" % amount_text, "Check the amount with the business owner" + RELAUNCH)
    if record.key_seen_before:
        raise BusinessRule("DUPLICATE", "Invoice number \"%s\" already appeared in an earlier record of this run"
                           % number, "Remove this row if it repeats the earlier one" + RELAUNCH)
    return number


class Portal:
    """The invoicing portal: look an invoice up, submit it when it is pending."""

    def __init__(self, base_url, timeout=5):
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.timeout = timeout

    def call(self, method, path):
        request = urllib.request.Request(self.base_url + path, method=method, headers={"Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.status, json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            if error.code >= 500:
                raise Technical("AVAILABILITY", "The invoicing portal answered HTTP %d" % error.code) from error
            return error.code, {}
        except (urllib.error.URLError, OSError) as error:
            raise Technical("CONNECTIVITY", "The invoicing portal could not be reached: %s" % error) from error

    def submit(self, record, number):
        invoice = "invoices/" + urllib.parse.quote(number, safe="")
        status, found = self.call("GET", invoice)
        if status == 404:
            raise BusinessRule("BUSINESS_RULE", "Invoice %s is unknown to the invoicing portal." % number,
                               "Check the invoice number with the customer; relaunch it once the portal knows it.")
        if status != 200:
            raise Technical("INTERFACE", "The invoicing portal answered the look-up with HTTP %d." % status)
        state = found.get("status")
        if state in ("PAID", "SUBMITTED"):
            raise BusinessRule("BUSINESS_RULE", "Invoice %s is already %s." % (number, state.lower()),
                               "Nothing to do: remove the invoice from the source file.")
        if state != "PENDING":
            raise Technical("INTERFACE", "The invoicing portal reported an unknown status \"%s\"." % state)
        record.touch()
        status, submitted = self.call("POST", invoice + "/submission")
        if status == 409:
            raise BusinessRule("BUSINESS_RULE", "The invoicing portal refused invoice %s: it is already paid or"
                               " submitted." % number, "Check the invoice on the portal; nothing to relaunch.")
        if status != 201 or "confirmation" not in submitted:
            raise Technical("INTERFACE", "The invoicing portal answered the submission with HTTP %d." % status)
        return "Confirmation " + submitted["confirmation"]


def main():
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--server", default="http://localhost:8080")
    arguments.add_argument("--token", required=True, help="a robot token bound to --name")
    arguments.add_argument("--name", required=True, help="this robot's name")
    arguments.add_argument("--process", default="invoice-robot")
    arguments.add_argument("--portal", help="the portal's API, default: the server's sandbox")
    arguments.add_argument("--max", type=int, default=10, help="records per lease call")
    options = arguments.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    portal = Portal(options.portal or options.server.rstrip("/") + "/sandbox/api/")

    def work(record):
        number = check(record)
        if record.dry_run:
            return "Dry run: the data is valid; nothing was sent."
        return portal.submit(record, number)

    Robot(options.server, options.token, options.name, options.process, work, max_records=options.max).run()


if __name__ == "__main__":
    main()
