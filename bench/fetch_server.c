/*
 * fetch_server.c: a small, fast HTTP/1.1 server for bench/fetch.sh.
 *
 * Usage: fetch_server PORTFILE
 *
 * Listens on 127.0.0.1 on an ephemeral port (written to PORTFILE) and
 * answers every GET with the same 2 KB HTML page, keeping connections
 * alive; one thread, epoll, so that the server is not what is measured.
 * Runs until killed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <arpa/inet.h>

#define MAXCONN	4096
#define BUFSZ	8192

struct conn {
	char	in[BUFSZ];
	size_t	len;
};

static char	resp[4096];
static size_t	resplen;

static void
build_response(void)
{
	char body[2100];
	size_t n = 0;
	int i;

	n += (size_t)snprintf(body, sizeof(body),
	    "<!doctype html><html><head><meta charset=\"utf-8\"><title>Bench"
	    "</title></head><body><article>");
	for (i = 0; n < 2000 && i < 40; i++)
		n += (size_t)snprintf(body + n, sizeof(body) - n,
		    "<p>Paragraph %d of a news report.</p>", i);
	n += (size_t)snprintf(body + n, sizeof(body) - n,
	    "</article></body></html>");
	resplen = (size_t)snprintf(resp, sizeof(resp),
	    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
	    "Content-Length: %zu\r\nConnection: keep-alive\r\n\r\n%s", n, body);
}

/* Answers every complete request in c; returns -1 to close. */
static int
serve(int fd, struct conn *c)
{
	char *end;
	size_t used;

	while ((end = memmem(c->in, c->len, "\r\n\r\n", 4)) != NULL) {
		if (write(fd, resp, resplen) != (ssize_t)resplen)
			return -1;
		used = (size_t)(end - c->in) + 4;
		memmove(c->in, c->in + used, c->len - used);
		c->len -= used;
	}
	return c->len == BUFSZ ? -1 : 0;
}

int
main(int argc, char *argv[])
{
	struct sockaddr_in sa;
	struct epoll_event ev, evs[256];
	struct conn **conns;
	socklen_t sl = sizeof(sa);
	int ls, ep, fd, i, n, one = 1;
	ssize_t r;
	FILE *fp;

	if (argc != 2) {
		fprintf(stderr, "usage: fetch_server PORTFILE\n");
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	build_response();
	if ((conns = calloc(MAXCONN, sizeof(*conns))) == NULL)
		return 1;
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if ((ls = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0)) == -1 ||
	    setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) == -1 ||
	    bind(ls, (struct sockaddr *)&sa, sizeof(sa)) == -1 ||
	    listen(ls, 1024) == -1 ||
	    getsockname(ls, (struct sockaddr *)&sa, &sl) == -1) {
		perror("fetch_server");
		return 1;
	}
	if ((fp = fopen(argv[1], "w")) == NULL)
		return 1;
	fprintf(fp, "%d\n", ntohs(sa.sin_port));
	fclose(fp);
	ep = epoll_create1(0);
	ev.events = EPOLLIN;
	ev.data.fd = ls;
	epoll_ctl(ep, EPOLL_CTL_ADD, ls, &ev);
	for (;;) {
		n = epoll_wait(ep, evs, 256, -1);
		for (i = 0; i < n; i++) {
			fd = evs[i].data.fd;
			if (fd == ls) {
				while ((fd = accept4(ls, NULL, NULL, SOCK_NONBLOCK)) >= 0) {
					if (fd >= MAXCONN ||
					    (conns[fd] = calloc(1, sizeof(struct conn))) == NULL) {
						close(fd);
						continue;
					}
					setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one,
					    sizeof(one));
					ev.events = EPOLLIN;
					ev.data.fd = fd;
					epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
				}
				continue;
			}
			r = read(fd, conns[fd]->in + conns[fd]->len,
			    BUFSZ - conns[fd]->len);
			if (r > 0) {
				conns[fd]->len += (size_t)r;
				if (serve(fd, conns[fd]) == 0)
					continue;
			} else if (r < 0 && errno == EAGAIN) {
				continue;
			}
			epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL);
			free(conns[fd]);
			conns[fd] = NULL;
			close(fd);
		}
	}
}
