"""Schemas derived from the pydantic models: Arrow, Hugging Face features, JSON Schema.

The models in :mod:`quotes.models` are the single source of truth. The Arrow
schema uses plain ``string`` and ``list<string>`` (never the large variants
polars writes by default) so that ``datasets`` shows the declared features.
"""
from __future__ import annotations

import datetime as dt
import json
import types
import typing
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

from .models import BuildReport, Quote, Source, Speaker

SCHEMA_VERSION = "1"


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


def _arrow_type(tp: Any) -> pa.DataType:
    tp, _ = _unwrap_optional(tp)
    origin = get_origin(tp)
    if origin in (list, typing.List):
        (inner,) = get_args(tp)
        return pa.list_(_arrow_type(inner))
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return pa.struct([_arrow_field(name, f.annotation) for name, f in tp.model_fields.items()])
    if tp is str:
        return pa.string()
    if tp is bool:
        return pa.bool_()
    if tp is int:
        return pa.int64()
    if tp is float:
        return pa.float64()
    if tp is dt.date:
        return pa.date32()
    raise TypeError(f"no Arrow type for {tp!r}")


def _arrow_field(name: str, annotation: Any) -> pa.Field:
    _, optional = _unwrap_optional(annotation)
    return pa.field(name, _arrow_type(annotation), nullable=True)


def arrow_schema(model: type[BaseModel] = Quote) -> pa.Schema:
    """Arrow schema of a model's records."""
    return pa.schema([_arrow_field(name, f.annotation) for name, f in model.model_fields.items()])


def _hf_feature(dtype: pa.DataType) -> dict[str, Any]:
    if pa.types.is_list(dtype):
        inner = dtype.value_type
        if pa.types.is_struct(inner):
            return {"list": [{"name": f.name, **_hf_feature(f.type)} for f in inner]}
        return {"list": _hf_dtype(inner)}
    if pa.types.is_struct(dtype):
        return {"struct": [{"name": f.name, **_hf_feature(f.type)} for f in dtype]}
    return {"dtype": _hf_dtype(dtype)}


# How each scalar Arrow type is named by the formats the release is described in:
# (test, Hugging Face features, Croissant dataType, Spark SQL DDL).
SCALAR_TYPES = [
    (pa.types.is_string, "string", "sc:Text", "STRING"),
    (pa.types.is_large_string, "string", "sc:Text", "STRING"),
    (pa.types.is_boolean, "bool", "sc:Boolean", "BOOLEAN"),
    (pa.types.is_int64, "int64", "sc:Integer", "BIGINT"),
    (pa.types.is_int32, "int32", "sc:Integer", "INT"),
    (pa.types.is_float64, "float64", "sc:Float", "DOUBLE"),
    (pa.types.is_date32, "date32", "sc:Date", "DATE"),
]
_TARGETS = {"hf": 1, "croissant": 2, "spark": 3}
_TARGET_NAMES = {"hf": "Hugging Face", "croissant": "Croissant", "spark": "Spark"}


def scalar_type_name(dtype: pa.DataType, target: str) -> str:
    """Name of a scalar Arrow type in ``target`` ('hf', 'croissant' or 'spark')."""
    for entry in SCALAR_TYPES:
        if entry[0](dtype):
            return entry[_TARGETS[target]]
    raise TypeError(f"no {_TARGET_NAMES[target]} type for Arrow type {dtype}")


def _hf_dtype(dtype: pa.DataType) -> str:
    return scalar_type_name(dtype, "hf")


def hf_features(schema: pa.Schema) -> list[dict[str, Any]]:
    """The ``dataset_info.features`` list of a dataset card for an Arrow schema."""
    return [{"name": f.name, **_hf_feature(f.type)} for f in schema]


def field_table(model: type[BaseModel] = Quote) -> list[tuple[str, str, str]]:
    """(name, type, description) of each field, for documentation."""
    rows = []
    schema = arrow_schema(model)
    for name, f in model.model_fields.items():
        rows.append((name, str(schema.field(name).type), f.description or ""))
    return rows


JSON_SCHEMAS = {"quote": Quote, "source": Source, "speaker": Speaker, "build-report": BuildReport}


def json_schemas() -> dict[str, dict]:
    """JSON Schema of each published model, keyed by file stem."""
    return {name: model.model_json_schema() for name, model in JSON_SCHEMAS.items()}


def write_json_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in json_schemas().items():
        path = folder / f"{name}.schema.json"
        path.write_text(json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)
    return written
