"""gunicorn settings for Tabalé's web processes (read automatically from this folder).

    gunicorn wsgi:app            # PORT, WEB_WORKERS, WEB_THREADS from the environment

Each worker loads the triage model and the gazetteer before it accepts a
request, so the first reports after a restart are answered as fast as the rest.
"""

import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_WORKERS", "2"))
threads = int(os.environ.get("WEB_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"
timeout = 30
graceful_timeout = 20
keepalive = 5
backlog = 512
# gunicorn's control socket is one per user: two servers on a machine (a bench's
# bare app beside Tabalé, or two instances) would fight over it, and we do not use it.
control_socket_disable = True
accesslog = None  # request lines carry no numbers, but the webhook needs none: keep logs lean


def post_worker_init(worker):  # noqa: ANN001, ANN201
    from triage import warm_up

    warm_up(freeze=True)
