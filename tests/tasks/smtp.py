"""A small SMTP server on 127.0.0.1 that keeps what it receives, and can hold a client
waiting (its greeting is sent only when `release()` is called), so a test can stop a worker
in the middle of sending."""

import contextlib
import socket
import threading


class SMTPServer:
    def __init__(self, hold=False):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.messages = []
        self.received = threading.Condition()
        self.client_waiting = threading.Event()
        self.released = threading.Event()
        if not hold:
            self.released.set()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def release(self):
        self.released.set()

    def wait_for_messages(self, count, timeout=60):
        with self.received:
            if not self.received.wait_for(lambda: len(self.messages) >= count, timeout):
                raise AssertionError(f"{len(self.messages)} e-mails received, not {count}")
        return self.messages

    def close(self):
        self.released.set()
        self.listener.close()

    def _serve(self):
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:  # closed
                return
            threading.Thread(target=self._talk, args=(client,), daemon=True).start()

    def _talk(self, client):
        with contextlib.suppress(OSError):  # the client went away (a worker killed on purpose)
            self._converse(client)

    def _converse(self, client):
        with client, client.makefile("rb") as lines:
            self.client_waiting.set()
            self.released.wait()
            client.sendall(b"220 test SMTP\r\n")
            data = None
            for line in lines:
                if data is not None:
                    if line == b".\r\n":
                        with self.received:
                            self.messages.append(b"".join(data).decode())
                            self.received.notify_all()
                        data = None
                        client.sendall(b"250 kept\r\n")
                    else:
                        data.append(line)
                    continue
                command = line[:4].upper()
                if command == b"DATA":
                    data = []
                    client.sendall(b"354 go on\r\n")
                elif command == b"QUIT":
                    client.sendall(b"221 bye\r\n")
                    return
                else:
                    client.sendall(b"250 ok\r\n")
