"""The page parser on the seed pages, against values read off the pages by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factdb.errors import PageError
from factdb.pages import parse_date, parse_page, read_page, split_articles

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

CNA = "Central News Agency (Taiwan)"
RFA = "Radio Free Asia"
ET = "Epoch Times"

# (headline, [(outlet, published, url)]) for every article, in page order.
EXPECTED = {
    "000_a3183fc06e6554d8.txt": [
        ("Xi Jinping: China to Withstand “High Winds and Rough Waves”",
         [(CNA, "2023-05-30", "https://www.cna.com.tw/news/acn/202305300394.aspx")]),
        ("Chinese Universities Plagued by Rising Depression Rates",
         [("ifeng.com", "2023-05-25", "https://news.ifeng.com/c/8Q4lx0sgK17")]),
        ("Leaked Internal Documents: Experts Enlisted for Cyber Army’s Reconnaissance Operation",
         [("China Digital Times", "2023-05-24", "https://chinadigitaltimes.net/chinese/695957.html")]),
        ("China’s EV Battery Material Industry Unleashes Global Expansion",
         [("Nikkei", "2023-05-24", "https://zh.cn.nikkei.com/china/ccompany/52475-2023-05-24-05-00-00.html")]),
        ("Chinese Police Demand to Inspect Students’ Phones to Remove Chat Apps like Telegram",
         [(CNA, "2023-05-22", "https://www.cna.com.tw/news/acn/202305220035.aspx")]),
        ("US Lawmakers: In the Face of the CCP’s Persecution, America and Its’Allies Should Support Falun Gong",
         []),
        ("Population Decline in China’s Major Cities Sparks Response from Official Media",
         [(CNA, "2023-05-16", "https://www.cna.com.tw/news/acn/202305160355.aspx")]),
        (("Chinese Dissidents Protested at the Chinese Embassy in Finland; The Embassy Falsely Accused "
          "them and had them Arrested"),
         [(RFA, "2023-05-11", "https://www.rfa.org/cantonese/news/bomb-05112023112424.html")]),
    ],
    "001_63431c5d3bda27d7.txt": [
        ("CCP’s Dark Operations: County Party Secretary’s Sexual Assault of Subordinate Township Party Secretary",
         [(ET, "2024-08-03", "https://www.epochtimes.com/gb/24/8/3/n14304155.htm")]),
        ("China Plans to Issue National ID Intermediating Citizens’ Internet Access",
         [("BBC", "2024-08-06", "https://www.bbc.com/zhongwen/simp/chinese-news-69244432")]),
        ("Lianhe Zaobao: China Plans to Issue Unified Internet IDs to Netizens",
         [("Lianhe Zaobao", "2024-07-29", "https://www.zaobao.com.sg/news/china/story20240729-4389461")]),
        ("US House Bans Use of All ByteDance Apps on Staffer Devices, Extending Policy Beyond TikTok",
         [("NetEase", "2024-07-31", "https://www.163.com/dy/article/J8DJ2PHN0511A6N9.html")]),
        ("Chinese Manufacturing PMI Continued Decline in July",
         [("NBD", "2024-07-31", "https://www.nbd.com.cn/articles/2024-07-31/3486571.html"),
          ("Caixin", "2024-08-01", "https://pmi.caixin.com/2024-08-01/102222126.html")]),
        ("Japanese Automakers Face Uphill Battle in China’s EV-Dominated Market",
         [("Kyodo News", "2024-07-26", "https://china.kyodonews.net/news/2024/07/6c47f1ecf945-ev-.html")]),
        ("China Launches Qianfan Satellites, Advancing in Space Race and Challenging Starlink",
         [(RFA, "2024-08-06", ("https://www.rfa.org/mandarin/yataibaodao/kejiaowen/"
                               "tj8-china-launches-sattellites-08062024125506.html"))]),
        ("China’s Marriage Rate Hits New Low in First Half of 2024, Continuing Decade-Long Decline",
         [(CNA, "2024-08-04", "https://www.cna.com.tw/news/acn/202408040114.aspx")]),
    ],
    "002_fd4d90c8a939e2ac.txt": [
        ("Internal Log Shows How Authorities in Zhanjiang City Deal with over 100 Mass Incidents Each Year",
         [(ET, "2020-10-22", None)]),
        ("RFA: Xi Jinping’s Warning to the Western World Meant to Ensure Domestic Stability",
         [(RFA, "2020-10-23", None)]),
        ("Wang Qishan Warned against Risk of Financial Bubbles",
         [("Hong Kong Economic Times", "2020-10-25", None)]),
        ("Exporting Excess Capacity through “One Belt One Road”", [(ET, "2020-10-07", None)]),
        ("China Views U.S. Diplomatic Missions in China as Hostile Forces", [(ET, "2020-10-16", None)]),
        ("Huawei Lost another Major EU Customer", [("Sohu", "2020-10-12", None)]),
        ("Chinese Student Visas to the U.S. Fell Dramatically", [("Sina", "2020-10-16", None)]),
        ("HKET: UK Introduces National Security and Investment Bill", [("HKET", "2020-10-14", None)]),
    ],
    "003_3ef344acc479e799.txt": [
        (("Epoch Times: China’s Provincial Authorities Set Quantitative Standards for Obtaining Overseas "
          "Advanced Technologies for Job Performance"),
         [(ET, "2020-12-11", "https://www.epochtimes.com/gb/20/12/11/n12612099.htm")]),
        ("Xinhua: Shanghai Begins Vaccinations against New Coronavirus among High-Risk Personnel in Key Positions",
         [("Xinhua", "2020-12-26", "http://www.xinhuanet.com/local/2020-12/26/c_1126910999.htm")]),
        ("Xinhua: UK Faces Major Challenges Even under the New Agreement with EU",
         [("Xinhua", "2020-12-26", "http://www.xinhuanet.com/world/2020-12/26/c_1126911308.htm")]),
        ("U.S. Report to Congress on Human Trafficking in the Seafood Supply Chain",
         [("State Department", "2020-12-23",
           "https://www.state.gov/report-to-congress-human-trafficking-in-the-seafood-supply-chain/")]),
        ("DHS Warns Businesses about Security Risks on Data Services and Equipment from China Linked Firms",
         [("U.S. Department of Home Security", "2020-12-22",
           ("https://www.dhs.gov/news/2020/12/22/dhs-warns-american-businesses-about-data-services-and-"
            "equipment-firms-linked-chinese"))]),
        ("LTN: Over 10 Million Chinese Emigrated in 2019",
         [("LTN", "2020-12-26", "https://news.ltn.com.tw/news/world/breakingnews/3393193")]),
        ("Xinhua: China Passed New National Defense Law",
         [("Xinhua", "2020-12-26", "http://www.xinhuanet.com/politics/2020-12/26/c_1126911488.htm")]),
        ("Internal Document: CCP Uses “Military-Civil Fusion” to Gain Access to Advanced Technology Overseas",
         [(ET, "2020-12-22", "https://www.epochtimes.com/gb/20/12/22/n12636952.htm")]),
    ],
    "004_350007d3a0331fc8.txt": [
        ("China Concedes in Dispute with Lithuania over Taiwanese Representative Office, Lifts Sanctions",
         [("Back China", "2023-12-03", None)]),
        ("Canadian Intelligence: China Attempting to Recruit Canadian Government Employees",
         [("Radio France International", "2023-11-25", None)]),
        ("China’s Foreign Affairs Spokesperson Denounces the U.S.",
         [("China’s Foreign Affairs Ministry website", "2023-11-28", None)]),
        ("Consular Volunteer Programs: Another of the CCP’s Long-Armed Control Mechanisms",
         [(RFA, "2023-11-22", None)]),
        ("China’s Seafood Imports from Japan Dropped by More Than 99 Percent",
         [("Kyodo News", "2023-11-19", None)]),
        ("Market for Falsified Chinese Birth Certificates Comes to Light", [(CNA, "2023-11-20", None)]),
        ("Pro-CCP Crowd Attacked Anti-CCP Protesters During Xi Jinping’s Visit to San Francisco",
         [("Voice of America", "2023-11-22", None)]),
        ("CCP’s United Front Minister Meets Future Elite Thai Leaders Trained by China",
         [(ET, "2023-11-25", None), ("Chinascope", "2023-09-15", None)]),
        ("Li Qiang Announced China’s Leadership Training Programs for ASEAN Countries", []),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_articles_headlines_outlets_dates_urls(name: str) -> None:
    page = parse_page(SEEDS / name)
    got = [
        (a.headline, [(o.name, o.published.isoformat() if o.published else None, o.url) for o in a.outlets])
        for a in page.articles
    ]
    assert got == EXPECTED[name]
    for article in page.articles:
        assert page.text[article.headline_start:].startswith(article.headline)


def test_seed_pages_hold_40_full_articles_and_one_truncated_headline() -> None:
    pages = [parse_page(p) for p in sorted(SEEDS.glob("*.txt"))]
    articles = [a for p in pages for a in p.articles]
    assert len(articles) == 41
    truncated = [a for a in articles if a.body_start == a.body_end]
    assert [a.headline for a in truncated] == [
        "Li Qiang Announced China’s Leadership Training Programs for ASEAN Countries"
    ]
    assert "headline with no body (page cut off?)" in truncated[0].warnings


def test_malformed_day_is_repaired_with_a_warning() -> None:
    page = parse_page(SEEDS / "000_a3183fc06e6554d8.txt")
    first = page.articles[0]
    assert first.outlets[0].published == date(2023, 5, 30)
    assert first.warnings == ("malformed date 'May 302, 2023' read as 2023-05-30",)


def test_irregular_source_lines_are_read_and_flagged() -> None:
    articles = parse_page(SEEDS / "004_350007d3a0331fc8.txt").articles
    assert articles[1].warnings[0].startswith("text after the date on source line ignored")
    assert articles[3].warnings == (
        "second date 'November 21, 2023' on source line ignored; using the first",
    )


def test_url_without_source_line_is_kept_on_the_article() -> None:
    falun_gong = parse_page(SEEDS / "000_a3183fc06e6554d8.txt").articles[5]
    assert falun_gong.outlets == ()
    assert falun_gong.url == "https://www.rfa.org/mandarin/yataibaodao/shehui/tj-05232023121202.html"
    assert falun_gong.warnings == ("URL with no source line; outlet unknown",)


def test_body_numbered_list_is_not_a_source_block() -> None:
    dhs = parse_page(SEEDS / "003_3ef344acc479e799.txt").articles[4]
    body = parse_page(SEEDS / "003_3ef344acc479e799.txt").text[dhs.body_start:dhs.body_end]
    assert "5. Geolocation data." in body
    assert [o.name for o in dhs.outlets] == ["U.S. Department of Home Security"]


def test_body_sentence_opening_with_a_dateline_stays_in_the_body() -> None:
    text = (
        "Factory Output Rises\n\nBeijing, July 3, 2024, the statistics bureau said output rose 5.3 percent "
        "on the year, beating forecasts by a wide margin.\n\nSource: Xinhua, July 3, 2024\n"
    )
    articles = split_articles(text)
    assert len(articles) == 1
    assert [o.name for o in articles[0].outlets] == ["Xinhua"]
    assert "5.3 percent" in text[articles[0].body_start:articles[0].body_end]


def test_page_of_one_line_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "hostname"
    path.write_text("vm\n", encoding="utf-8")
    with pytest.raises(PageError, match="no articles found"):
        parse_page(path)


def test_page_with_no_articles_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "header.txt"
    path.write_text("Skip to content\n\nAll posts by LLD - 3. page\n", encoding="utf-8")
    assert split_articles(path.read_text(encoding="utf-8")) == []
    with pytest.raises(PageError) as info:
        parse_page(path)
    assert str(info.value) == f"{path}: no articles found (no headline followed by text)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("July 31, 2024", date(2024, 7, 31)), ("Aug. 1, 2024", date(2024, 8, 1)),
     ("Sept 15, 2023", date(2023, 9, 15)), ("February 30, 2023", None)],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text)[0] == expected


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty file"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (contains NUL bytes)"),
     (bytes(range(0x80, 0x100)) * 4, "not UTF-8 text (byte 0), nor clean Windows-1252 or GB18030")],
)
def test_read_page_refuses_bad_files(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(PageError) as info:
        read_page(path)
    assert str(info.value) == f"{path}: {reason}"


def test_read_page_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PageError, match="no such file"):
        read_page(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("cp1252", "Windows-1252"), ("gb18030", "GB18030")],
)
def test_windows_1252_and_gb18030_pages_decode_with_a_warning(tmp_path: Path, encoding: str, name: str) -> None:
    text = (SEEDS / "004_350007d3a0331fc8.txt").read_text(encoding="utf-8")
    if encoding == "cp1252":
        text = text.encode("cp1252", errors="replace").decode("cp1252")  # drop the Chinese glued text
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode(encoding))
    page = parse_page(path)
    assert page.text == text
    assert page.warnings == (f"not UTF-8: decoded as {name}",)
    assert len(page.articles) == 9


def test_oversized_page_is_refused_with_the_limit_named(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"Headline\n\n" + b"x" * 2_000_000)
    with pytest.raises(PageError) as info:
        read_page(path, max_bytes=1_000_000)
    assert str(info.value) == f"{path}: page is 2.0 MB, over the 1 MB limit (raise it with --max-size)"
    text, warnings = read_page(path, max_bytes=None)
    assert len(text) == 2_000_010 and warnings == ()


def test_source_lines_with_day_first_iso_and_bracketed_dates(tmp_path: Path) -> None:
    page = parse_page(
        tmp_path / "p.txt",
        "UK Imports From China Fall\n\nImports fell 9 per cent.\n\nSource: The Guardian, 12 March 2024\n"
        "https://www.theguardian.com/x\n\n"
        "Exports Rise\n\nExports rose 5 percent.\n\nSource: Financial Times, 2024-06-03\n\n"
        "Sales Rise\n\nSales rose 3 percent.\n\nSource: Nikkei Asia (June 5, 2024)\n",
    )
    assert [(o.name, o.published) for a in page.articles for o in a.outlets] == [
        ("The Guardian", date(2024, 3, 12)),
        ("Financial Times", date(2024, 6, 3)),
        ("Nikkei Asia", date(2024, 6, 5)),
    ]


def test_a_source_line_with_a_dash_or_no_date(tmp_path: Path) -> None:
    page = parse_page(
        tmp_path / "p.txt",
        "Exports Rise\n\nExports rose 5 percent.\n\nSource: South China Morning Post – June 3, 2024\n\n"
        "Imports Fall\n\nImports fell 2 percent.\n\nSource: Reuters\nhttps://www.reuters.com/x\n",
    )
    assert [(o.name, o.published, o.url) for a in page.articles for o in a.outlets] == [
        ("South China Morning Post", date(2024, 6, 3), None),
        ("Reuters", None, "https://www.reuters.com/x"),
    ]
    assert page.articles[1].warnings == ("source line has no date",)


def test_a_source_line_of_two_outlets_or_a_date_with_no_year(tmp_path: Path) -> None:
    """`Reuters; Bloomberg, May 31, 2023` credits both outlets with the date; `Global Times, June 2` is
    read with a warning, and neither line is taken into the next article's body."""
    page = parse_page(
        tmp_path / "p.txt",
        "Imports Fall\n\nImports fell 3 percent in May.\n\nSources: Reuters; Bloomberg, May 31, 2023\n\n"
        "Retail Sales Rise\n\nRetail sales rose 2 percent in April.\n\nSource: Global Times, June 2\n\n"
        "Output Grows\n\nOutput grew 7 percent.\n\nSource: Caixin, June 3, 2023\n",
    )
    assert [a.headline for a in page.articles] == ["Imports Fall", "Retail Sales Rise", "Output Grows"]
    assert [(o.name, o.published, o.position) for o in page.articles[0].outlets] == [
        ("Reuters", date(2023, 5, 31), 1),
        ("Bloomberg", date(2023, 5, 31), 2),
    ]
    assert [(o.name, o.published) for o in page.articles[1].outlets] == [("Global Times", None)]
    assert page.articles[1].warnings == ("source date has no year",)
