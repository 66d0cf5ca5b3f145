"""Croissant (ML Commons) metadata for a release, written as plain JSON."""
from __future__ import annotations

from typing import Any

import pyarrow as pa

from .schema import scalar_type_name

CROISSANT_CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
PARQUET_MIME = "application/x-parquet"


def _data_type(dtype: pa.DataType) -> str:
    return scalar_type_name(dtype, "croissant")


def _field(record_set: str, file_id: str, f: pa.Field) -> dict[str, Any] | None:
    source = {"fileObject": {"@id": file_id}, "extract": {"column": f.name}}
    out: dict[str, Any] = {"@type": "cr:Field", "@id": f"{record_set}/{f.name}", "name": f.name}
    if pa.types.is_struct(f.type):
        subs = []
        for child in f.type:
            if pa.types.is_nested(child.type):
                continue
            subs.append({
                "@type": "cr:Field", "@id": f"{record_set}/{f.name}/{child.name}", "name": child.name,
                "dataType": _data_type(child.type),
                "source": {**source, "transform": {"jsonPath": child.name}},
            })
        out["subField"] = subs
        return out
    if pa.types.is_list(f.type):
        if pa.types.is_nested(f.type.value_type):
            return None
        out.update({"cr:isArray": True, "cr:arrayShape": "-1", "dataType": _data_type(f.type.value_type)})
    else:
        out["dataType"] = _data_type(f.type)
    out["source"] = source
    return out


def croissant(
    *,
    name: str,
    description: str,
    version: str,
    date_published: str,
    license_url: str,
    url: str,
    cite_as: str,
    files: list[dict[str, Any]],
) -> dict[str, Any]:
    """Croissant metadata. ``files``: [{id, path, sha256, schema, record_set, key}]."""
    distribution = []
    record_sets = []
    for item in files:
        distribution.append({
            "@type": "cr:FileObject", "@id": item["id"], "name": item["id"], "contentUrl": item["path"],
            "encodingFormat": PARQUET_MIME, "sha256": item["sha256"],
        })
        fields = [fld for f in item["schema"] if (fld := _field(item["record_set"], item["id"], f)) is not None]
        record_sets.append({
            "@type": "cr:RecordSet", "@id": item["record_set"], "name": item["record_set"],
            "key": {"@id": f"{item['record_set']}/{item['key']}"}, "field": fields,
        })
    return {
        "@context": CROISSANT_CONTEXT,
        "@type": "sc:Dataset",
        "name": name,
        "description": description,
        "conformsTo": "http://mlcommons.org/croissant/1.1",
        "version": version,
        "datePublished": date_published,
        "license": license_url,
        "url": url,
        "citeAs": cite_as,
        "distribution": distribution,
        "recordSet": record_sets,
    }
