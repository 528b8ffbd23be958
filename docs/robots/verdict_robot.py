"""A Verdict robot client: the robot protocol in Python 3.9+, with the standard library only.

Write a function that works one record and hand it to a Robot:

    from verdict_robot import BusinessRule, Robot

    def onboard(record):
        if len(record.values["Iban"]) != 24:
            raise BusinessRule("INVALID_FORMAT", "IBAN has %d characters" % len(record.values["Iban"]),
                               "Correct the IBAN and relaunch this supplier")
        record.touch()                 # from here on the target system may change
        return "Supplier created as V-100"

    Robot(server="http://localhost:8080", token="vdt_...", name="win-desk-07",
          process="supplier-onboarding", work=onboard).run()

The function's return value is the record's OK output. BusinessRule is KO (final: a person corrects the data). Any
other exception is ERROR (TECHNICAL, or the code of a Technical). Before the function calls record.touch() it is
reported with "started": false, and Verdict retries it, on this robot or another, up to the process's maxAttempts;
after it, the record may have changed in the target system, and it ends ERROR for a person to check. The robot
heartbeats every few seconds on a thread of its own, asks for records with a long poll, extends the lease of every
record it holds at half its length, backs off while the server is unreachable, and on Ctrl-C (SIGINT) or SIGTERM
finishes the record at hand, gives back the records it holds and has not started, and stops.
"""

import datetime
import json
import logging
import platform
import re
import signal
import threading
import time
import urllib.error
import urllib.request

VERSION = "1.0.0"
LOG = logging.getLogger("verdict_robot")


class BusinessRule(Exception):
    """A KO: the record's data or a business rule is wrong; a person corrects it and relaunches it."""

    def __init__(self, code, reason, action=None):
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.action = action


class Technical(Exception):
    """An ERROR with a reason code of its own: CONNECTIVITY, AVAILABILITY, INTERFACE or TECHNICAL."""

    def __init__(self, code, reason):
        super().__init__(reason)
        self.code = code
        self.reason = reason


class Unreachable(Exception):
    """The server did not answer, or answered 5xx: the robot waits and tries again."""


class Refused(Exception):
    """The server answered 4xx: what it says is the reason."""

    def __init__(self, status, detail):
        super().__init__("%s %s" % (status, detail))
        self.status = status
        self.detail = detail


class Record:
    """One leased record: its values, key, attempt and run, and whether the work has touched the target system."""

    def __init__(self, lease):
        self.lease_id = lease["leaseId"]
        self.item_id = lease["itemId"]
        self.run_id = lease["runId"]
        self.run_number = lease["runNumber"]
        self.seq = lease["seq"]
        self.key = lease.get("key")
        self.key_seen_before = lease.get("keySeenBefore", False)
        self.attempt = lease["attempt"]
        self.dry_run = lease.get("dryRun", False)
        self.values = lease["payload"]
        self.started = False
        # How long the lease lasts, as this machine's clock counts it: extended at half of it.
        expires = datetime.datetime.fromisoformat(re.sub(r"\.\d+", "", lease["expiresAt"]).replace("Z", "+00:00"))
        self.lease_seconds = max(10, int((expires - datetime.datetime.now(datetime.timezone.utc)).total_seconds()))
        self.extend_at = time.monotonic() + self.lease_seconds / 2

    def touch(self):
        """Call right before the first change in the target system: a failure after it is reported started."""
        self.started = True


class Client:
    """The robot calls over HTTP with the robot's token, each answering (status, JSON or None)."""

    def __init__(self, server, token, timeout=90):
        self.server = server.rstrip("/")
        self.token = token
        self.timeout = timeout

    def post(self, path, body=None):
        data = json.dumps(body if body is not None else {}).encode("utf-8")
        request = urllib.request.Request(self.server + "/api/v1/" + path, data=data, method="POST")
        request.add_header("Authorization", "Bearer " + self.token)
        request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                text = response.read().decode("utf-8")
                return response.status, json.loads(text) if text else None
        except urllib.error.HTTPError as error:
            text = error.read().decode("utf-8", "replace")
            if error.code >= 500:
                raise Unreachable("%s %s" % (error.code, text)) from error
            try:
                detail = json.loads(text).get("detail", text)
            except ValueError:
                detail = text
            raise Refused(error.code, detail) from error
        except (urllib.error.URLError, OSError) as error:
            raise Unreachable(str(error)) from error


class Robot:
    """Leases records of one process in a loop and works each with ``work(record)``, until stopped."""

    def __init__(self, server, token, name, process, work, version=VERSION, max_records=10, wait_seconds=20,
                 heartbeat_seconds=5):
        self.client = Client(server, token)
        self.name = name
        self.process = process
        self.work = work
        self.version = version
        self.max_records = max_records
        self.wait_seconds = wait_seconds
        self.heartbeat_seconds = heartbeat_seconds
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.held = []
        self.working = None

    def run(self):
        """Works until Ctrl-C or SIGTERM, then gives back what it holds and has not started."""
        previous = {sig: signal.signal(sig, self._stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        threading.Thread(target=self._heartbeats, name="verdict-heartbeat", daemon=True).start()
        threading.Thread(target=self._extensions, name="verdict-extensions", daemon=True).start()
        try:
            pause = 1
            while not self.stopping.is_set():
                try:
                    self._heartbeat()
                    self._lease_and_work()
                    pause = 1
                except Unreachable as gone:
                    LOG.warning("Verdict is unreachable (%s); trying again in %d s", gone, pause)
                    self.stopping.wait(pause)
                    pause = min(pause * 2, 30)
                except Refused as refused:
                    LOG.warning("Verdict refused the lease: %s; asking again in 30 s", refused.detail)
                    self.stopping.wait(30)
        finally:
            self._release_held()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        LOG.info("Robot %s stopped", self.name)

    def _stop(self, signum, frame):
        LOG.info("Stopping: finishing the record at hand, giving back the others")
        self.stopping.set()

    def _lease_and_work(self):
        status, leases = self.client.post("robots/%s/leases" % self.name, {
            "process": self.process, "max": self.max_records, "waitSeconds": self.wait_seconds})
        if status == 204:
            return
        with self.lock:
            self.held = [Record(lease) for lease in leases]
        while not self.stopping.is_set():
            with self.lock:
                if not self.held:
                    return
                record = self.held.pop(0)
            self.working = record
            try:
                self._answer(record, self._work(record))
            finally:
                self.working = None

    def _work(self, record):
        """The answer for one record."""
        try:
            output = self.work(record)
            return {"result": "OK", "output": None if output is None else str(output)[:2000]}
        except BusinessRule as rule:
            answer = {"result": "KO", "reasonCode": rule.code, "reason": rule.reason[:2000]}
            if rule.action:
                answer["suggestedAction"] = rule.action[:500]
            return answer
        except Exception as failure:  # noqa: BLE001 - any other failure is the record's ERROR
            code = failure.code if isinstance(failure, Technical) else "TECHNICAL"
            reason = failure.reason if isinstance(failure, Technical) else "%s: %s" % (type(failure).__name__, failure)
            return {"result": "ERROR", "reasonCode": code, "reason": reason[:2000], "started": record.started}

    def _extensions(self):
        """Extends, at half its length, the lease of every record held: the one at work and those waiting their turn."""
        while not self.stopping.wait(1):
            with self.lock:
                records = [record for record in self.held + [self.working] if record is not None]
            for record in records:
                if time.monotonic() >= record.extend_at:
                    try:
                        self.client.post("leases/%s/extend" % record.lease_id, {"seconds": record.lease_seconds})
                        record.extend_at = time.monotonic() + record.lease_seconds / 2
                    except (Unreachable, Refused) as failure:
                        LOG.warning("Could not extend the lease of record %s: %s", record.key, failure)

    def _answer(self, record, answer):
        """Sends the answer, again while the server is unreachable; a refusal is logged (the lease has ended)."""
        pause = 1
        while True:
            try:
                self.client.post("leases/%s/result" % record.lease_id, answer)
                return
            except Unreachable as gone:
                LOG.warning("Could not send the result of record %s (%s); again in %d s", record.key, gone, pause)
                time.sleep(pause)
                pause = min(pause * 2, 30)
            except Refused as refused:
                if refused.status != 400 or answer["result"] == "ERROR" and answer["reasonCode"] == "TECHNICAL":
                    LOG.warning("The result of record %s was refused: %s", record.key, refused.detail)
                    return
                LOG.warning("The result of record %s is not one Verdict takes (%s); reporting it ERROR",
                            record.key, refused.detail)
                answer = {"result": "ERROR", "reasonCode": "TECHNICAL", "started": record.started,
                          "reason": ("The robot's result was refused: %s" % refused.detail)[:2000]}

    def _release_held(self):
        """Gives back the records held and not started; the one at work, if any, is answered first by run()."""
        with self.lock:
            records, self.held = self.held, []
        for record in records:
            try:
                self.client.post("leases/%s/release" % record.lease_id)
            except (Unreachable, Refused) as failure:
                LOG.warning("Could not give back record %s: %s", record.key, failure)

    def _heartbeats(self):
        while not self.stopping.wait(self.heartbeat_seconds):
            try:
                self._heartbeat()
            except (Unreachable, Refused) as failure:
                LOG.warning("Heartbeat failed: %s", failure)

    def _heartbeat(self):
        self.client.post("robots/%s/heartbeat" % self.name, {
            "version": self.version, "os": "%s %s" % (platform.system(), platform.release()),
            "capabilities": [self.process]})
