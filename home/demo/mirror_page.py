"""Demo content: the page on hosting a mirror of the site (see `manage.py export_mirror`)."""

from home.demo.builder import site_home
from home.models import StandardPage

NGINX = """server {
    listen 443 ssl;
    listen [::]:443 ssl;
    server_name mirror.example.org;
    ssl_certificate     /etc/letsencrypt/live/mirror.example.org/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/mirror.example.org/privkey.pem;

    root /srv/ishr-mirror;
    index index.html;
    charset utf-8;
    server_tokens off;

    # People who read a mirror may be at risk: keep no record of them.
    access_log off;
    error_log /dev/null crit;

    add_header X-Content-Type-Options nosniff always;
    add_header Referrer-Policy no-referrer always;
    add_header Content-Security-Policy "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'" always;

    location / {
        try_files $uri $uri/ =404;
    }
}"""

TORRC = """HiddenServiceDir /var/lib/tor/ishr-mirror/
HiddenServicePort 80 127.0.0.1:8080"""

NGINX_ONION = """server {
    # Only Tor reaches this address: the copy is not published anywhere else.
    listen 127.0.0.1:8080;
    server_name _;

    root /srv/ishr-mirror;
    index index.html;
    charset utf-8;
    server_tokens off;

    access_log off;
    error_log /dev/null crit;

    add_header X-Content-Type-Options nosniff always;
    add_header Referrer-Policy no-referrer always;

    location / {
        try_files $uri $uri/ =404;
    }
}"""

CHECK = """sha256sum -c ishr-mirror.zip.sha256
unzip ishr-mirror.zip -d /srv"""

# (English, French) for every text of the page, in reading order.
TEXT = {
    "title": ("Host a mirror of this website", "Héberger un miroir de ce site"),
    "slug": ("host-a-mirror", "heberger-un-miroir"),
    "intro": (
        "Where the ISHR website is blocked, a copy hosted elsewhere keeps the guides within reach "
        "of defenders. Anyone can host one: it is a folder of plain files.",
        "Là où le site d’ISHR est bloqué, une copie hébergée ailleurs garde les guides à la portée "
        "des défenseur·e·x·s. Chacun·e peut en héberger une : c’est un simple dossier de fichiers.",
    ),
}
WHAT = [
    (
        "A mirror is a complete copy of the public website: every page in English and French, "
        "the resource library with its files, the images and the news feeds. Its links are "
        "relative, so it works at any address, in a sub-folder, as an onion service, or opened "
        "straight from a USB stick.",
        "Un miroir est une copie complète du site public : chaque page en français et en "
        "anglais, la bibliothèque de ressources avec ses fichiers, les images et les fils "
        "d’actualité. Ses liens sont relatifs : il fonctionne à n’importe quelle adresse, dans "
        "un sous-dossier, comme service onion ou ouvert directement depuis une clé USB.",
    ),
    (
        "Every page of a mirror says that it is a copy and when it was made. A copy cannot send "
        "forms, so its contact page gives ISHR’s address, e-mail and telephone instead, and its "
        "search works inside the browser.",
        "Chaque page d’un miroir indique qu’il s’agit d’une copie et quand elle a été faite. Une "
        "copie ne peut pas envoyer de formulaires : sa page de contact donne donc l’adresse, "
        "l’e-mail et le téléphone d’ISHR, et sa recherche fonctionne dans le navigateur.",
    ),
]
GET = [
    (
        "ISHR publishes the mirror as a zip archive, with its SHA-256 checksum in a separate file "
        "ending in .sha256. Check the archive before you publish it, so that you know nobody "
        "changed it on the way, then unzip it: the folder inside is the whole website.",
        "ISHR publie le miroir sous forme d’archive zip, avec sa somme de contrôle SHA-256 dans "
        "un fichier séparé qui se termine par .sha256. Vérifiez l’archive avant de la publier, "
        "pour être sûr·e que personne ne l’a modifiée en chemin, puis décompressez-la : le "
        "dossier qu’elle contient est le site entier.",
    ),
    (
        "On Windows, certutil -hashfile ishr-mirror.zip SHA256 prints the checksum: it must be "
        "the same as the one in the .sha256 file.",
        "Sous Windows, certutil -hashfile ishr-mirror.zip SHA256 affiche la somme de contrôle : "
        "elle doit être identique à celle du fichier .sha256.",
    ),
]
STATIC_HOST = [
    (
        "Upload the contents of the folder to any host that serves files: a shared hosting "
        "account, a storage bucket with website hosting, GitHub or GitLab Pages, or your own "
        "server. No database, no PHP and no settings are needed; the index.html at the top lets "
        "visitors choose their language.",
        "Déposez le contenu du dossier chez n’importe quel hébergeur qui sert des fichiers : un "
        "hébergement mutualisé, un espace de stockage avec hébergement de site, GitHub ou GitLab "
        "Pages, ou votre propre serveur. Ni base de données, ni PHP, ni réglage ne sont "
        "nécessaires ; le fichier index.html à la racine permet de choisir sa langue.",
    ),
    (
        "Keep as few records of visitors as you can: people who read a mirror may be at risk. "
        "Turn off access logs where your host allows it, add no statistics or trackers, and "
        "serve the mirror over HTTPS.",
        "Gardez le moins de traces possible des visites : les personnes qui lisent un miroir "
        "peuvent être en danger. Désactivez les journaux d’accès si votre hébergeur le permet, "
        "n’ajoutez ni statistiques ni pisteurs, et servez le miroir en HTTPS.",
    ),
]
NGINX_TEXT = [
    (
        "Replace mirror.example.org and the certificate paths with your own, copy the folder to "
        "/srv/ishr-mirror, check the configuration with nginx -t, then reload nginx.",
        "Remplacez mirror.example.org et les chemins des certificats par les vôtres, copiez le "
        "dossier dans /srv/ishr-mirror, vérifiez la configuration avec nginx -t, puis rechargez "
        "nginx.",
    ),
]
ONION = [
    (
        "An onion service makes the mirror reachable with Tor Browser even where every ordinary "
        "address is blocked, and it hides where the server is. Install Tor from your system’s "
        "packages and add these two lines to its configuration.",
        "Un service onion rend le miroir accessible avec le navigateur Tor même là où toutes les "
        "adresses ordinaires sont bloquées, et il cache l’emplacement du serveur. Installez Tor "
        "depuis les paquets de votre système et ajoutez ces deux lignes à sa configuration.",
    ),
    (
        "Then serve the folder on the local address Tor forwards to, with no logs. Restart Tor: "
        "it writes the onion address in /var/lib/tor/ishr-mirror/hostname. Keep the key in that "
        "folder safe and backed up, because whoever holds it controls the address.",
        "Servez ensuite le dossier sur l’adresse locale vers laquelle Tor transmet, sans "
        "journaux. Redémarrez Tor : il écrit l’adresse onion dans "
        "/var/lib/tor/ishr-mirror/hostname. Gardez la clé de ce dossier en lieu sûr, avec une "
        "sauvegarde, car qui la détient contrôle l’adresse.",
    ),
]
UPDATE = [
    (
        "Download the new archive from time to time, check its checksum again and replace the "
        "folder. Each page shows when it was exported, so readers can tell how recent it is. "
        "Tell us the address of your mirror, so that we can share it with defenders who need it.",
        "Téléchargez la nouvelle archive de temps en temps, vérifiez à nouveau sa somme de "
        "contrôle et remplacez le dossier. Chaque page indique quand elle a été exportée : les "
        "lecteurs et lectrices savent ainsi si elle est récente. Indiquez-nous l’adresse de "
        "votre miroir, pour que nous puissions la transmettre aux défenseur·e·x·s qui en ont "
        "besoin.",
    ),
]
HEADINGS = {
    "What a mirror is": "Ce qu’est un miroir",
    "Get the copy and check it": "Obtenir la copie et la vérifier",
    "On any static host": "Chez n’importe quel hébergeur de fichiers",
    "With nginx": "Avec nginx",
    "As an onion service": "Comme service onion",
    "Keep it up to date": "Le tenir à jour",
    "Check and unzip the archive (Linux, macOS)": "Vérifier et décompresser l’archive (Linux, macOS)",
    "nginx: /etc/nginx/sites-available/ishr-mirror": "nginx : /etc/nginx/sites-available/ishr-mirror",
    "Tor: /etc/tor/torrc": "Tor : /etc/tor/torrc",
    "nginx for the onion service: /etc/nginx/sites-available/ishr-onion": (
        "nginx pour le service onion : /etc/nginx/sites-available/ishr-onion"
    ),
}


def _heading(text):
    return ("heading", {"text": text, "level": "h2"})


def _paragraphs(pairs):
    return ("paragraph", "".join(f"<p>{english}</p>" for english, _french in pairs))


def _code(title, code):
    return ("code", {"title": title, "code": code})


def body():
    return [
        _heading("What a mirror is"),
        _paragraphs(WHAT),
        _heading("Get the copy and check it"),
        _paragraphs(GET[:1]),
        _code("Check and unzip the archive (Linux, macOS)", CHECK),
        _paragraphs(GET[1:]),
        _heading("On any static host"),
        _paragraphs(STATIC_HOST),
        _heading("With nginx"),
        _code("nginx: /etc/nginx/sites-available/ishr-mirror", NGINX),
        _paragraphs(NGINX_TEXT),
        _heading("As an onion service"),
        _paragraphs(ONION[:1]),
        _code("Tor: /etc/tor/torrc", TORRC),
        _paragraphs(ONION[1:]),
        _code("nginx for the onion service: /etc/nginx/sites-available/ishr-onion", NGINX_ONION),
        _heading("Keep it up to date"),
        _paragraphs(UPDATE),
    ]


def load(builder):
    english = {key: pair[0] for key, pair in TEXT.items()}
    page = builder.ensure_page(
        site_home(),
        StandardPage,
        english["slug"],
        title=english["title"],
        intro=english["intro"],
        body=body(),
    )
    strings = dict(TEXT.values())
    strings.update(HEADINGS)
    for pairs in (WHAT, GET, STATIC_HOST, NGINX_TEXT, ONION, UPDATE):
        strings.update(dict(pairs))
    builder.translate(page, strings)
