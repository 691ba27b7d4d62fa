# The site-specific part of memorial.vcl: copy it to origin.vcl next to it and name your instances.
# (docker-compose.yml mounts deploy/varnish/origin.compose.vcl in its place.)

backend app1 {
    .host = "127.0.0.1";
    .port = "3001";
    .probe = memorial_ready;
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

backend app2 {
    .host = "127.0.0.1";
    .port = "3002";
    .probe = memorial_ready;
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

sub vcl_init {
    new origin = directors.round_robin();
    origin.add_backend(app1);
    origin.add_backend(app2);
}

# Who may send PURGE: the app instances.
acl purgers {
    "127.0.0.1";
    "::1";
}
